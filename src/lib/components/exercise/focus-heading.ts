/**
 * Moves focus to a screen's new heading, in the next frame's animation callback rather than right
 * after the DOM update: focus() forces style and layout, so done earlier the frame lays the page out
 * twice (measured: a forced layout of 5-9 ms on every answer before the feedback could paint).
 */
export function focusHeading(find: () => HTMLElement | null | undefined): void {
	requestAnimationFrame(() => {
		find()?.focus({ preventScroll: true });
		window.scrollTo({ top: 0 });
	});
}
