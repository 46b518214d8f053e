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
