/**
 * The reader's theme for the site: light, dark, or the system's (`prefers-color-scheme`).
 * Kept in localStorage under THEME_KEY and shown as `data-theme` on <html>; the inline script
 * in src/app.html reads the same key before the first paint, so a chosen theme never flashes.
 */
const THEME_KEY = 'll-theme';
export const THEME_CHOICES = ['light', 'dark', 'system'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The browser's localStorage, or undefined where it is refused (reading it can throw). */
export function browserStorage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** The stored choice; 'system' when there is none, it is not one of ours, or storage is refused. */
export function storedChoice(storage: Pick<Storage, 'getItem'> | undefined): ThemeChoice {
	try {
		const v = storage?.getItem(THEME_KEY);
		return v === 'light' || v === 'dark' ? v : 'system';
	} catch {
		return 'system';
	}
}

/** Remember the choice and show it: `data-theme` for light or dark, none for the system's. */
export function applyChoice(
	choice: ThemeChoice,
	root: HTMLElement,
	storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined
): void {
	if (choice === 'system') delete root.dataset.theme;
	else root.dataset.theme = choice;
	try {
		if (choice === 'system') storage?.removeItem(THEME_KEY);
		else storage?.setItem(THEME_KEY, choice);
	} catch {
		// Storage refused (private mode, policy): the choice holds for this page only.
	}
}
