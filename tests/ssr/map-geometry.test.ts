import { describe, expect, it } from 'vitest';
import { amountColour, shortUsd } from '../../src/lib/charts/map/colour.ts';
import { projectMap } from '../../src/lib/charts/map/geometry.ts';
import { latinAmericaFeatures } from '../../src/lib/server/geo.ts';

const features = latinAmericaFeatures();

describe('projectMap', () => {
	it.each([360, 640, 1280])('fits the region to %i px wide', (width) => {
		const m = projectMap(features, width);
		expect(m.width).toBe(width);
		expect(m.height).toBeGreaterThan(width);
		for (const p of m.features) {
			const xs = [...p.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((n) => Number(n[1]));
			expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
			expect(Math.max(...xs)).toBeLessThanOrEqual(width);
		}
	});

	it('fits a given height, and puts labels on the country', () => {
		const m = projectMap(features, 640, 400);
		expect(m.height).toBe(400);
		const ven = m.features.find((p) => p.feature.id === '862');
		const bra = m.features.find((p) => p.feature.id === '076');
		// Venezuela is north of Brazil's centre.
		expect(ven?.centroid[1]).toBeLessThan(bra?.centroid[1] ?? 0);
	});
});

describe('colours and labels', () => {
	it('starts the ramp above white, so the smallest figure differs from "no figure"', () => {
		const c = amountColour(100);
		expect(c(0)).not.toBe('rgb(247, 251, 255)');
		expect(c(0)).not.toBe(c(100));
	});

	it.each([
		[62_000_000_000, '$62bn'],
		[34_480_000_000, '$34.48bn'],
		[600_000_000, '$600m'],
		[0, '$0']
	])('%i → %s', (usd, label) => {
		expect(shortUsd(usd)).toBe(label);
	});
});
