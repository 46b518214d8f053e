// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Every problem, when the dataset failed validation. */
			problems?: string[];
		}
		interface PageState {
			/**
			 * The timeline's zoom window as the reader left it on this history entry (null: the
			 * view's own opening window). Kept here as well as in the address, because Back and
			 * Forward load a page by the URL it was opened at, not the one `replaceState` wrote.
			 */
			zoom?: import('$lib/data/zoom.ts').ZoomDays | null;
		}
	}
}

export {};
