/**
 * What a reader expects of a menu made from <details>: Escape closes it and puts the focus
 * back on its button. An attachment: `<details {@attach closeOnEscape}>`.
 */
export function closeOnEscape(details: HTMLDetailsElement): () => void {
	const onkeydown = (e: KeyboardEvent) => {
		if (e.key !== 'Escape' || !details.open) return;
		e.preventDefault();
		e.stopPropagation();
		details.open = false;
		details.querySelector('summary')?.focus();
	};
	details.addEventListener('keydown', onkeydown);
	return () => details.removeEventListener('keydown', onkeydown);
}

/**
 * Tells `set` whether a <details> is open, read from the element: once when it is attached
 * (so one opened before the page hydrated stays open, which a `bind:open` starting from
 * `false` would undo) and on every toggle. `<details {@attach followOpen((o) => (open = o))}>`
 */
export function followOpen(set: (open: boolean) => void): (details: HTMLDetailsElement) => () => void {
	return (details) => {
		const ontoggle = () => set(details.open);
		ontoggle();
		details.addEventListener('toggle', ontoggle);
		return () => details.removeEventListener('toggle', ontoggle);
	};
}
