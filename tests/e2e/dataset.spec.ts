import { expect, test } from './fixtures.ts';

test.describe('the published dataset', () => {
	test('is served as JSON at a stable URL', async ({ request }) => {
		const res = await request.get('/api/v1/dataset.json');
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toContain('application/json');
		const ds = await res.json();
		expect(ds.version).toMatch(/^[0-9a-f]{12}$/);
		expect(ds.sanctions).toHaveLength(13);
		const ven = ds.loans.find((l: { id: string }) => l.id === 'wsws-2019-ven');
		expect(ven.amountUsd).toBe(62_000_000_000);
		const doc = ds.documents.find((d: { id: string }) => d.id === ven.evidence[0].document);
		expect(doc.text.slice(ven.evidence[0].start, ven.evidence[0].end)).toBe(ven.evidence[0].quote);
	});

	for (const table of ['loans', 'sanctions', 'events', 'entities', 'documents']) {
		test(`serves ${table}.csv`, async ({ request }) => {
			const res = await request.get(`/api/v1/${table}.csv`);
			expect(res.status()).toBe(200);
			expect(res.headers()['content-type']).toBe('text/csv; charset=utf-8');
			expect(res.headers()['content-disposition']).toMatch(
				new RegExp(`attachment; filename="lending-lens_${table}_[0-9a-f]{12}.csv"`)
			);
			const text = await res.text();
			expect(text.split('\n')[0]).toMatch(/^id,/);
		});
	}

	test('answers an unknown table with 404 and the list of tables', async ({ request }) => {
		const res = await request.get('/api/v1/payments.csv');
		expect(res.status()).toBe(404);
		expect((await res.json()).message).toBe(
			'No table "payments": available tables are loans, sanctions, events, entities, documents'
		);
	});
});
