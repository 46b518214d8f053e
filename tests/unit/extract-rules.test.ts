/** Each extraction rule on short texts: loans, sanctions, events, entities, clauses, language. */
import { describe, expect, it } from 'vitest';
import { checkLanguage, languageProblem } from '../../src/lib/extract/language.ts';
import { Gazetteer } from '../../src/lib/extract/mentions.ts';
import { Ids, titleFrom } from '../../src/lib/extract/types.ts';
import { doc, ENTITIES, run } from '../fixtures/extract/helpers.ts';

/** Every candidate's offsets point at its quotes. */
function quotesHold(x: ReturnType<typeof run>, texts: Record<string, string>) {
	for (const c of [...x.loans, ...x.sanctions, ...x.events]) {
		(c.record.evidence ?? []).forEach((e, i) => {
			const o = c.offsets[i];
			expect(o?.document).toBe(e.document);
			expect(texts[e.document]?.slice(o?.start, o?.end)).toBe(e.quote);
		});
		expect(c.confidence).toBeGreaterThan(0);
		expect(c.confidence).toBeLessThanOrEqual(1);
	}
}

describe('loan claims', () => {
	const loans = (text: string) => {
		const x = run(text);
		quotesHold(x, { [x.document.id]: text });
		return x.loans.map((l) => l.record);
	};

	it('ties each amount of a list to the country it goes to, and the lender named before the verb', () => {
		const r = loans('Japan lent $3 billion to Peru and $1.5 billion to Chile in 2015.');
		expect(r.map((l) => [l.lender, l.borrower, l.amount, l.period, l.measure])).toEqual([
			['JPN', 'PER', '$3 billion', '2015', 'annual-lending'],
			['JPN', 'CHL', '$1.5 billion', '2015', 'annual-lending']
		]);
		expect(r[0]?.evidence?.[0]?.quote).toBe('lent $3 billion to Peru');
	});

	it('reads "over the past decade" as the ten years to publication (17 April 2019), words kept, for every amount of the list', () => {
		const r = loans(
			'Over the years the bank, backed by Germany, has been lending $9 billion to Kenya over the past decade, $4 billion to Ghana, and $2 billion to Togo.'
		);
		expect(r.map((l) => [l.borrower, l.lender, l.period, l.period_as_reported, l.measure])).toEqual([
			['KEN', 'DEU', '2009/2019', 'over the past decade', 'commitments'],
			['GHA', 'DEU', '2009/2019', 'over the past decade', 'commitments'],
			['TGO', 'DEU', '2009/2019', 'over the past decade', 'commitments']
		]);
		expect(r.map((l) => l.evidence?.[0]?.quote)).toEqual([
			'lending $9 billion to Kenya over the past decade',
			'$4 billion to Ghana',
			'$2 billion to Togo'
		]);
	});

	it('keeps a period with no stated length as words only', () => {
		const [l] = loans('Chinese banks have lent $9 billion to Kenya over the past few years.');
		expect(l).toMatchObject({ borrower: 'KEN', period_as_reported: 'over the past few years' });
		expect(l?.period).toBeUndefined();
	});

	it('reads debts owed as a debt stock: the subject borrows, the country after "owed" lends', () => {
		const [l] = loans('At the end of 2020 Zambia owed China $6.6 billion, 30 percent of its GDP.');
		expect(l).toMatchObject({
			borrower: 'ZMB',
			lender: 'CHN',
			amount: '$6.6 billion',
			measure: 'debt-stock',
			period: '2020',
			share_of_gdp_percent: 30
		});
	});

	it('takes the lender from an institution and its country, with the loan count and the period', () => {
		const [l] = loans('From 2010 to 2015 Russian state banks made 4 loans to Cuba totalling $2.3 billion.');
		expect(l).toMatchObject({
			lender: 'RUS',
			lender_entity: 'state-banks',
			borrower: 'CUB',
			period: '2010/2015',
			loan_count: 4,
			measure: 'commitments'
		});
	});

	it('links the parts of a total ("including") and carries the borrower into a sentence that names none', () => {
		const x = run(
			'In 2018 Spain lent $5 billion to the Andean region, including $2 billion to Peru. Later figures revised 2018 lending down to $4 billion.'
		);
		const [total, part, revised] = x.loans;
		expect(total?.record).toMatchObject({
			borrower_region: 'andes-region',
			amount: '$5 billion',
			lender: 'ESP',
			period: '2018'
		});
		expect(part?.record.related).toEqual([{ record: total?.record.id, relation: 'part-of' }]);
		expect(revised?.record).toMatchObject({ borrower_region: 'andes-region', amount: '$4 billion', lender: 'ESP' });
		expect(revised?.confidence).toBeLessThan(total?.confidence ?? 0);
		expect(revised?.notes.join(' ')).toMatch(/carried over/);
	});

	it('records a reported zero ("none in 2020 or 2021") for each year', () => {
		const r = loans('In 2019 Spain lent $1 billion to Peru, and none in 2020 or 2021.');
		expect(r.map((l) => [l.borrower, l.amount, l.period])).toEqual([
			['PER', '$1 billion', '2019'],
			['PER', 'none', '2020'],
			['PER', 'none', '2021']
		]);
	});

	it('says what is missing and lowers the confidence', () => {
		const x = run('The fund lent US$600 million to Bolivia.');
		expect(x.loans[0]?.record).toMatchObject({ borrower: 'BOL', amount: 'US$600 million' });
		expect(x.loans[0]?.record.lender).toBeUndefined();
		expect(x.loans[0]?.notes.join(' ')).toMatch(/No lender.*No period/);
		expect(x.loans[0]?.confidence).toBeLessThan(0.7);
	});

	it('proposes no loan for amounts that are not lending', () => {
		expect(loans('Brazil exported $10 billion of soy to China.')).toEqual([]);
	});

	it('keeps a loan stated in another currency without converting it: no amount, and a note saying so', () => {
		const x = run('The bank lent €500 million to Greece.');
		expect(x.loans).toHaveLength(1);
		expect(x.loans[0]?.record.borrower).toBe('GRC');
		expect(x.loans[0]?.record.amount).toBeUndefined();
		expect(x.loans[0]?.notes.join(' ')).toMatch(
			/€500 million \(EUR 500,000,000\) with no dollar figure; nothing is converted/
		);
	});

	it('puts a loan in a new series when the document has none, with a note', () => {
		const x = run('Japan lent $3 billion to Peru in 2015.');
		expect(x.series).toHaveLength(1);
		expect(x.loans[0]?.record.series).toBe(x.series[0]?.record.id);
		expect(x.series[0]?.record).toMatchObject({ dollars: 'unspecified', document: x.document.id });
	});
});

describe('sanctions', () => {
	it('reads a designation: issuer before the verb, the order it was made under, targets, sectors, blocked assets', () => {
		const text =
			'On 3 May 2021 the Treasury designated Acme Shipping Co. under Executive Order 13850, blocking about $20 million of its assets.';
		const x = run(text, '2026-11-26');
		quotesHold(x, { [x.document.id]: text });
		expect(x.sanctions.map((s) => s.record)).toEqual([
			expect.objectContaining({
				date: '2021-05-03',
				action: 'designation',
				issuer: 'treasury',
				instrument: 'Designation under Executive Order 13850',
				target_country: 'PAN',
				sectors: ['shipping'],
				targets: ['acme-shipping'],
				assets_blocked: '$20 million'
			})
		]);
		expect(x.events).toEqual([]);
	});

	it('reads an executive order with its citation, and its announcement from the next sentence', () => {
		const text =
			'On 6 June 2020 Executive Order 14000, published at 85 FR 1234, prohibited dealings in the gold sector of Nicaragua. It was announced on 8 June 2020.';
		const x = run(text, '2026-11-26');
		quotesHold(x, { [x.document.id]: text });
		expect(x.sanctions[0]?.record).toMatchObject({
			id: 'eo-14000',
			date: '2020-06-06',
			announced: '2020-06-08',
			action: 'executive-order',
			issuer: 'us-president',
			instrument: 'Executive Order 14000',
			citation: '85 FR 1234',
			target_country: 'NIC',
			sectors: ['mining']
		});
		expect(x.sanctions[0]?.record.evidence?.[0]?.quote).toBe(text);
	});

	it('proposes sanctions the text does not date, with low confidence and a note', () => {
		const x = run('The embassy was closed and US sanctions were imposed on Nicaragua’s banking sector.');
		expect(x.sanctions[0]?.record).toMatchObject({ target_country: 'NIC', sectors: ['banking'] });
		expect(x.sanctions[0]?.record.date).toBeUndefined();
		expect(x.sanctions[0]?.confidence).toBeLessThan(0.5);
		expect(x.sanctions[0]?.notes.join(' ')).toMatch(/no date/);
	});

	it('does not read "designated as" without the words of blocking as a sanction', () => {
		expect(run('The delegates were designated as representatives of the opposition.').sanctions).toEqual([]);
	});
});

describe('events', () => {
	const events = (text: string, date = '2019-04-17') => {
		const x = run(text, date);
		quotesHold(x, { [x.document.id]: text });
		return x.events;
	};

	it('dates a clause by its own date expression, with who and where', () => {
		const [e] = events('Carlos Ruiz met the president of Chile in Santiago late Monday.');
		expect(e?.record).toMatchObject({ date: '2019-04-15', actors: ['carlos-ruiz'], places: ['CHL'] });
		expect(e?.record.evidence?.[0]).toMatchObject({
			quote: 'Carlos Ruiz met the president of Chile in Santiago late Monday',
			reported_as: 'late Monday'
		});
	});

	it('splits coordinated clauses, each with its own date', () => {
		const e = events('He spoke in Lima on 12 April, met officials in Quito on 13 April, and flew home on 14 April.');
		expect(e.map((x) => [x.record.date, x.record.evidence?.[0]?.quote])).toEqual([
			['2019-04-12', 'He spoke in Lima on 12 April'],
			['2019-04-13', 'met officials in Quito on 13 April'],
			['2019-04-14', 'and flew home on 14 April']
		]);
	});

	it('gives a clause joined to a dated one its date ("and was recognized")', () => {
		const e = events(
			'It has been nearly three months since Ana Silva, a former judge, swore herself in and was immediately recognized by Chile.'
		);
		expect(e.map((x) => [x.record.date, x.record.evidence?.[0]?.quote])).toEqual([
			['2019-01', 'It has been nearly three months since Ana Silva, a former judge, swore herself in'],
			['2019-01', 'and was immediately recognized by Chile']
		]);
	});

	it('follows the discourse: the same occasion, "during" an event named again, responses, the same actor', () => {
		const e = events(
			'Ana Silva visited Peru, Chile and Bolivia last week. In the course of the visit, Silva signed a trade pact. Carlos Ruiz responded by calling the pact a mistake. Silva also met farmers. Ruiz told Radio Norte that Silva had lied.'
		);
		expect(e.map((x) => [x.record.evidence?.[0]?.quote, x.record.date])).toEqual([
			['Ana Silva visited Peru, Chile and Bolivia last week', '2019-W15'],
			['In the course of the visit, Silva signed a trade pact', '2019-W15'],
			['Carlos Ruiz responded by calling the pact a mistake', '2019-W15/2019-04-17'],
			['Silva also met farmers', '2019-W15'],
			['Ruiz told Radio Norte that Silva had lied', '2019-W15/2019-04-17']
		]);
		expect(e[1]?.record.part_of).toBe(e[0]?.record.id);
		expect(e[2]?.record.date_note).toMatch(/After .* and by 17 Apr 2019/);
	});

	it('dates a statement about someone after that person’s last event', () => {
		const e = events(
			'On 2 April Ana Silva closed the border. Carlos Ruiz told a newspaper that Silva had acted alone.'
		);
		expect(e.map((x) => x.record.date)).toEqual(['2019-04-02', '2019-04-02/2019-04-17']);
	});

	it('lets another document pin a date this one gives loosely, keeping this one’s on its evidence', () => {
		const ref = doc(
			'On 10 April 2019 Ana Silva visited Peru, Chile and Bolivia.',
			'2026-11-26',
			'reference',
			'ref-visit'
		);
		const text = 'Ana Silva toured Peru, Chile and Bolivia last week.';
		const x = run(text, '2019-04-17', [ref]);
		quotesHold(x, { [x.document.id]: text, 'ref-visit': ref.text });
		expect(x.events[0]?.record.date).toBe('2019-04-10');
		expect(x.events[0]?.record.evidence).toEqual([
			{ document: x.document.id, quote: text.slice(0, -1), reported_as: 'last week', date: '2019-W15' },
			{ document: 'ref-visit', quote: 'On 10 April 2019 Ana Silva visited Peru, Chile and Bolivia' }
		]);
	});

	it('does not take a date from another document outside what this one supports', () => {
		const ref = doc(
			'On 10 March 2019 Ana Silva visited Peru, Chile and Bolivia.',
			'2026-11-26',
			'reference',
			'ref-march'
		);
		const x = run('Ana Silva toured Peru, Chile and Bolivia last week.', '2019-04-17', [ref]);
		expect(x.events[0]?.record.date).toBe('2019-W15');
		expect(x.events[0]?.record.evidence).toHaveLength(1);
	});

	it('proposes nothing for commentary or undated talk', () => {
		expect(events('The policy is a failure. Critics say it will not work. The plan has failed.')).toEqual([]);
	});

	it('writes a year as a number and ranges and weeks as specs', () => {
		const e = events('He oversaw the coup in 2004. He funded the war in the 1980s.');
		expect(e.map((x) => x.record.date)).toEqual([2004, '1980s']);
	});
});

describe('dates from occasions and discourse, on other texts and publication dates', () => {
	type Row = [rule: string, published: string, text: string, dated: [quote: string, date: string | number][]];
	const table: Row[] = [
		[
			'a four-day tour ending on a weekday covers the four days up to it; the clause reporting the tour takes them',
			'2021-03-10',
			'Ana Silva made a four-day tour of the Andes, ending it with a rally in Lima on Saturday.',
			[
				['Ana Silva made a four-day tour of the Andes', '2021-03-03/2021-03-06'],
				['ending it with a rally in Lima on Saturday', '2021-03-06']
			]
		],
		[
			'a relative clause describing the tour ("who visited") takes its days too',
			'2019-11-13',
			'It was the theme of a three-day tour by Ana Silva, who visited Chile and Peru, ending it with a speech Monday in Lima.',
			[
				['who visited Chile and Peru', '2019-11-09/2019-11-11'],
				['ending it with a speech Monday in Lima', '2019-11-11']
			]
		],
		[
			'a two-week visit that began on a date covers fourteen days from it; "during the visit" is within them',
			'2020-11-20',
			'Carlos Ruiz began a two-week visit to Peru on 2 November. During the visit, Ruiz signed a trade pact.',
			[
				['Carlos Ruiz began a two-week visit to Peru on 2 November', '2020-11-02'],
				['During the visit, Ruiz signed a trade pact', '2020-11-02/2020-11-15']
			]
		],
		[
			'a week-long summit that opened on a weekday: "at the summit" is the week from it',
			'2018-06-13',
			'A week-long summit of Andean leaders opened in Quito on Monday. At the summit, Chile proposed a customs union.',
			[
				['A week-long summit of Andean leaders opened in Quito on Monday', '2018-06-11'],
				['At the summit, Chile proposed a customs union', '2018-06-11/2018-06-17']
			]
		],
		[
			'a 10-day trip that ended in January runs back into December',
			'2020-01-08',
			'Ana Silva returned from a 10-day trip to Asia that ended on 5 January. In the course of the trip she signed six contracts.',
			[
				['Ana Silva returned from a 10-day trip to Asia that ended on 5 January', '2020-01-05'],
				['In the course of the trip she signed six contracts', '2019-12-27/2020-01-05']
			]
		],
		[
			'"in the course of the tour" and "at the same time" take the tour’s days; replies run from its first day to publication',
			'2021-03-10',
			'Ana Silva made a four-day tour of the Andes, ending it with a rally in Lima on Saturday. In the course of the tour, Silva promised new roads. At the same time, she attacked the mining companies. Carlos Ruiz told Radio Norte that Silva had lied. Ruiz also called Silva’s promises ridiculous.',
			[
				['Ana Silva made a four-day tour of the Andes', '2021-03-03/2021-03-06'],
				['ending it with a rally in Lima on Saturday', '2021-03-06'],
				['In the course of the tour, Silva promised new roads', '2021-03-03/2021-03-06'],
				['At the same time, she attacked the mining companies', '2021-03-03/2021-03-06'],
				['Carlos Ruiz told Radio Norte that Silva had lied', '2021-03-03/2021-03-10'],
				['Ruiz also called Silva’s promises ridiculous', '2021-03-03/2021-03-10']
			]
		],
		[
			'a reply that denounces remarks made during a dated visit: from the visit’s first day to publication',
			'2020-11-20',
			'Carlos Ruiz began a two-week visit to Peru on 2 November. During the visit, Ruiz signed a trade pact. Ana Silva denounced Ruiz’s “secret deals.”',
			[
				['Carlos Ruiz began a two-week visit to Peru on 2 November', '2020-11-02'],
				['During the visit, Ruiz signed a trade pact', '2020-11-02/2020-11-15'],
				['Ana Silva denounced Ruiz’s “secret deals.”', '2020-11-02/2020-11-20']
			]
		],
		[
			'"responded by calling … ridiculous" after remarks at a dated summit',
			'2018-06-13',
			'A week-long summit of Andean leaders opened in Quito on Monday. At the summit, Ana Silva proposed a customs union. Carlos Ruiz responded by calling Silva’s plan ridiculous.',
			[
				['A week-long summit of Andean leaders opened in Quito on Monday', '2018-06-11'],
				['At the summit, Ana Silva proposed a customs union', '2018-06-11/2018-06-17'],
				['Carlos Ruiz responded by calling Silva’s plan ridiculous', '2018-06-11/2018-06-13']
			]
		],
		[
			'actions after a dated conference ("called attention to the conference, which was first reported") run from it to publication',
			'2021-03-10',
			'On 2 March a closed-door conference on the border was held in Lima. Carlos Ruiz called attention to the conference, which was first reported by Radio Norte.',
			[
				['On 2 March a closed-door conference on the border was held in Lima', '2021-03-02'],
				['Carlos Ruiz called attention to the conference', '2021-03-02/2021-03-10'],
				['which was first reported by Radio Norte', '2021-03-02/2021-03-10']
			]
		],
		[
			'"following suit" after a recognition dated to a month: from that month to publication',
			'2020-05-06',
			'Chile recognized the new government in February, with Peru and Bolivia following suit.',
			[
				['Chile recognized the new government in February', '2020-02'],
				['with Peru and Bolivia following suit', '2020-02/2020-05-06']
			]
		],
		[
			'an ordinal ("second-day session") is not a length: "during the session" is the day the session is dated',
			'2019-04-17',
			'Ana Silva opened the second-day session of the congress on Monday. During the session, Silva proposed a vote.',
			[
				['Ana Silva opened the second-day session of the congress on Monday', '2019-04-15'],
				['During the session, Silva proposed a vote', '2019-04-15']
			]
		],
		[
			'a tour of stated length with no dated start or end dates nothing',
			'2019-04-17',
			'Ana Silva made a three-day visit to Peru. In the course of the visit, Silva met farmers.',
			[]
		]
	];
	it.each(table)('%s (published %s)', (_rule, published, text, dated) => {
		const x = run(text, published);
		quotesHold(x, { [x.document.id]: text });
		expect(x.events.map((e) => [e.record.evidence?.[0]?.quote, e.record.date])).toEqual(dated);
	});

	it('keeps the words that dated a clause within an occasion as reported_as, and links it to the clause reporting the occasion', () => {
		const x = run(
			'Ana Silva made a four-day tour of the Andes, ending it with a rally in Lima on Saturday. In the course of the tour, Silva promised new roads.',
			'2021-03-10'
		);
		const [tour, , during] = x.events;
		expect(during?.record.evidence?.[0]?.reported_as).toBe('In the course of the tour');
		expect(during?.record.part_of).toBe(tour?.record.id);
		expect(tour?.notes.join(' ')).toMatch(/4 days ending 6 Mar 2021 \(“on Saturday”\)/);
	});
});

describe('entities', () => {
	it('matches curated entities by name and alias, ignoring accents and apostrophe styles', () => {
		const g = new Gazetteer(ENTITIES);
		const text = "Guaido met Silva at the Treasury; the Andean region's banks and Guaidó’s allies.";
		const found = g.find(text, { start: 0, end: text.length });
		expect(found.filter((m) => m.entity).map((m) => [m.entity, m.text])).toEqual([
			['jose-guaido', 'Guaido'],
			['ana-silva', 'Silva'],
			['treasury', 'Treasury'],
			['andes-region', 'the Andean region'],
			['jose-guaido', 'Guaidó']
		]);
	});

	it('finds countries by name and by unambiguous demonym, longest name first', () => {
		const g = new Gazetteer([]);
		const text =
			'Venezuelan oil for the Dominican Republic, not Dominica; Latin American and US banks; the United States.';
		const found = g.find(text, { start: 0, end: text.length });
		expect(found.map((m) => [m.text, m.country])).toEqual([
			['Venezuelan', 'VEN'],
			['Dominican Republic', 'DOM'],
			['Dominica', 'DMA'],
			['US', 'USA'],
			['United States', 'USA']
		]);
	});

	it('lists the curated entities a document names and proposes the names no entity has', () => {
		const x = run('Maria Lopez met Ana Silva and officials of the Andean Development Corporation on Monday.');
		expect(x.known.map((k) => k.id)).toEqual(['ana-silva']);
		expect(x.entities.map((e) => [e.record.name, e.record.type])).toEqual([
			['Maria Lopez', 'person'],
			['Andean Development Corporation', 'organisation']
		]);
		expect(x.entities[0]?.record.id).toBe('maria-lopez');
	});
});

describe('helpers', () => {
	it('gives ids that are unique, lower-case words joined by hyphens', () => {
		const ids = new Ids(['eo-13692']);
		expect([ids.take('EO', 13692), ids.take('eo', '13692'), ids.take('Guaidó swears in!'), ids.take('')]).toEqual([
			'eo-13692-2',
			'eo-13692-3',
			'guaido-swears-in',
			'candidate'
		]);
	});

	it('makes titles from quotes', () => {
		expect(titleFrom('  and   was recognized, ')).toBe('And was recognized');
		expect(titleFrom('word '.repeat(40)).length).toBeLessThanOrEqual(121);
	});

	it('tells English from other languages', () => {
		expect(
			languageProblem(
				'The minister said that the talks had failed and that the border would stay closed for a week.',
				'en'
			)
		).toBeNull();
		expect(
			languageProblem(
				'El ministro dijo que las conversaciones habían fracasado y que la frontera seguiría cerrada durante una semana.',
				'en'
			)
		).toMatch(/reads as Spanish \("es"\), but is catalogued as English/);
		expect(languageProblem('The minister said that the talks had failed.', 'es')).toMatch(
			/catalogued as Spanish \("es"\); extraction reads English only/
		);
		expect(
			checkLanguage('Le ministre a déclaré que les négociations avaient échoué et que la frontière resterait fermée.')
				.detected
		).toBe('fr');
	});
});
