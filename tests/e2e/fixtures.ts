/**
 * `test` with one browser tab per worker, reused from test to test.
 *
 * A new tab costs Chromium a renderer process and Playwright a fresh set-up of its page
 * instrumentation, then the first visit to the site costs both again (the tab moves to the
 * site's own process): together one to two seconds of CPU per test on this suite's machine,
 * more than most tests spend on what they check. Reusing the tab keeps the site's process.
 *
 * Between tests the tab is put back as a new one would be: the site's storage and cookies
 * cleared, permissions, viewport, emulated media and pointer reset, other tabs of its context
 * closed, and the tab left on about:blank. A test that failed gets its tab closed, so
 * whatever state it left cannot reach the next one. Tabs are kept per set of context options,
 * so `test.use({ javaScriptEnabled: false })` and the like get a tab made with those options.
 *
 * `page.goto` and `page.reload` return once the app has taken the page over (hydrated), not
 * only at the load event: SvelteKit starts the app after that event, and a key or click that
 * lands before it gets the page's plain HTML behaviour (a full navigation, no key handlers)
 * instead of what the test means to check. A test that wants the page earlier says so with
 * `waitUntil: 'commit'` or `'domcontentloaded'`; pages with no app (the embeds, files)
 * and tabs without JavaScript return at the load event as before.
 *
 * Listeners a test added with `page.on` are removed after it. What cannot be undone
 * (`addInitScript`, routes, exposed functions) throws on a reused tab: such a test opts out
 * with `test.use({ reuseTab: false })` and gets a new tab in a new context, as plain
 * Playwright gives.
 */
import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

interface TestFixtures {
	/** Whether this test runs in the worker's reused tab (default) or a new one. */
	reuseTab: boolean;
	/** The reused tab for this test's context options, or null when it has its own. */
	sharedTab: Page | null;
}

export const test = base.extend<TestFixtures, { tabs: Map<string, Page> }>({
	reuseTab: [true, { option: true }],
	tabs: [
		async ({ browser: _ }, use) => {
			const tabs = new Map<string, Page>();
			await use(tabs);
			for (const tab of tabs.values()) await tab.context().close();
		},
		{ scope: 'worker' }
	],
	sharedTab: async (
		{
			reuseTab,
			tabs,
			browser,
			baseURL,
			javaScriptEnabled,
			colorScheme,
			reducedMotion,
			forcedColors,
			viewport,
			hasTouch,
			isMobile,
			deviceScaleFactor,
			userAgent,
			locale,
			timezoneId
		},
		use,
		testInfo
	) => {
		if (!reuseTab) {
			await use(null);
			return;
		}
		const options: BrowserContextOptions = {
			baseURL,
			javaScriptEnabled,
			colorScheme,
			reducedMotion,
			forcedColors,
			viewport,
			hasTouch,
			isMobile,
			deviceScaleFactor,
			userAgent,
			locale,
			timezoneId
		};
		const key = JSON.stringify(options);
		let tab = tabs.get(key);
		if (!tab || tab.isClosed()) {
			tab = await (await browser.newContext(options)).newPage();
			tabs.set(key, tab);
		}
		const listening = listeners(tab);
		const restore = refuseLasting(tab);
		await use(tab);
		restore();

		const ctx = tab.context();
		if (testInfo.status !== testInfo.expectedStatus || tab.isClosed()) {
			tabs.delete(key);
			await ctx.close();
			return;
		}
		for (const [event, added] of listeners(tab)) {
			for (const f of added) if (!listening.get(event)?.includes(f)) tab.off(event as 'load', f as () => void);
		}
		await reset(ctx, tab, baseURL, { colorScheme, reducedMotion, forcedColors, viewport });
	},
	context: async ({ sharedTab, context }, use) => {
		await use(sharedTab ? sharedTab.context() : context);
	},
	page: async ({ sharedTab, context, javaScriptEnabled }, use) => {
		const page = sharedTab ?? (await context.newPage());
		const restore = javaScriptEnabled === false ? () => {} : awaitHydration(page);
		await use(page);
		restore();
	}
});

/** A page is an event emitter (Node's interface); its type leaves these two methods out. */
type Emitter = { eventNames(): (string | symbol)[]; listeners(event: string | symbol): unknown[] };

function listeners(tab: Page): Map<string | symbol, unknown[]> {
	const emitter = tab as unknown as Emitter;
	return new Map(emitter.eventNames().map((e) => [e, emitter.listeners(e)]));
}

/**
 * Gives a tab its own `methods` for one test, each made from the tab's original; the function
 * returned puts the originals back.
 */
function replaceMethods<K extends keyof Page & string>(
	tab: Page,
	names: readonly K[],
	make: (name: K, original: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown
): () => void {
	for (const name of names) {
		const original = (tab[name] as (...args: unknown[]) => unknown).bind(tab);
		Object.defineProperty(tab, name, { configurable: true, value: make(name, original) });
	}
	return () => {
		for (const name of names) delete (tab as unknown as Record<string, unknown>)[name];
	};
}

/** What outlives a test on its tab is refused with a message saying how to get a tab of its own. */
function refuseLasting(tab: Page): () => void {
	const lasting = [
		'addInitScript',
		'route',
		'routeFromHAR',
		'routeWebSocket',
		'exposeFunction',
		'exposeBinding'
	] as const;
	return replaceMethods(tab, lasting, (name) => () => {
		throw new Error(`page.${name} would outlast this test on a reused tab: add test.use({ reuseTab: false })`);
	});
}

/** Makes `goto` and `reload` wait for the app to hydrate the page they load (see the header). */
function awaitHydration(tab: Page): () => void {
	return replaceMethods(tab, ['goto', 'reload'] as const, (_, original) => async (...args: unknown[]) => {
		const response = await original(...args);
		const options = args.find((a) => typeof a === 'object' && a !== null) as { waitUntil?: string } | undefined;
		if (options?.waitUntil === 'commit' || options?.waitUntil === 'domcontentloaded') return response;
		// SvelteKit's start script names a global `__sveltekit_<version>`; a page without it has no app.
		await tab.waitForFunction(
			() =>
				document.documentElement.hasAttribute('data-hydrated') ||
				!Object.keys(globalThis).some((k) => k.startsWith('__sveltekit_'))
		);
		return response;
	});
}

/** Puts a tab back as a new one would be, for the next test. */
async function reset(
	ctx: BrowserContext,
	tab: Page,
	baseURL: string | undefined,
	as: Pick<BrowserContextOptions, 'colorScheme' | 'reducedMotion' | 'forcedColors' | 'viewport'>
): Promise<void> {
	for (const other of ctx.pages()) if (other !== tab) await other.close();
	await tab.mouse.move(0, 0);
	await tab.goto('about:blank');
	// A new context starts with no storage and an empty HTTP cache.
	const cdp = await ctx.newCDPSession(tab);
	if (baseURL) await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL).origin, storageTypes: 'all' });
	await cdp.send('Network.clearBrowserCache');
	await cdp.detach();
	await ctx.clearCookies();
	await ctx.clearPermissions();
	await tab.emulateMedia({
		media: null,
		colorScheme: as.colorScheme ?? null,
		reducedMotion: as.reducedMotion ?? null,
		forcedColors: as.forcedColors ?? null
	});
	if (as.viewport && JSON.stringify(tab.viewportSize()) !== JSON.stringify(as.viewport)) {
		await tab.setViewportSize(as.viewport);
	}
}
