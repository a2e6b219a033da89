/**
 * The first screen's paint, for work that must not compete with it (the database's code, the rest
 * of a pack): the root layout marks it once mounted, and it settles after the next frame.
 */
let painted: () => void = () => {};
export const firstPaint = new Promise<void>((resolve) => (painted = resolve));

/** Called once the first screen is mounted: settles `firstPaint` after the frame that shows it. */
export function markFirstPaint(): void {
	requestAnimationFrame(() => setTimeout(painted, 0));
}
