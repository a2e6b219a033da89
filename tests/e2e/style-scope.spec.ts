import { expect, test, type Page } from '@playwright/test';
import { expectHeading, hydrated } from './helpers';

// Every property the editor's stylesheet sets (box, layout, type, colours, lists, scrolling), as
// longhands: a rule leaking out of it changes at least one of them on the quiz set-up.
const PROPERTIES = [
	...['display', 'position', 'top', 'z-index', 'box-sizing', 'resize', 'cursor'],
	...['width', 'min-width', 'max-width', 'height', 'min-height', 'max-height'],
	...['margin-top', 'margin-right', 'margin-bottom', 'margin-left'],
	...['padding-top', 'padding-right', 'padding-bottom', 'padding-left'],
	...['border-top-width', 'border-left-width', 'border-top-color', 'border-left-color'],
	...['border-top-style', 'border-top-left-radius', 'background-color'],
	...['flex-grow', 'flex-shrink', 'flex-basis', 'flex-wrap', 'align-items', 'justify-content'],
	...['row-gap', 'column-gap', 'grid-template-columns', 'grid-column-start', 'grid-column-end'],
	...['font-family', 'font-size', 'font-weight', 'color', 'text-align', 'text-decoration-line'],
	...['list-style-type', 'overflow-x', 'overflow-y', 'object-fit']
];

/** Computed styles of every element of the quiz set-up form, keyed by its place in the form. */
async function setupStyles(page: Page): Promise<Record<string, Record<string, string>>> {
	const form = page.locator('form.setup');
	await expect(form.getByRole('radio').first()).toBeVisible();
	return form.evaluate((root, properties) => {
		const styles: Record<string, Record<string, string>> = {};
		root.querySelectorAll('*').forEach((element, index) => {
			const computed = getComputedStyle(element);
			const key = `${index} ${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
			styles[key] = Object.fromEntries(
				properties.map((property) => [property, computed.getPropertyValue(property)])
			);
		});
		return styles;
	}, PROPERTIES);
}

const nav = (page: Page, name: string) =>
	page.getByRole('navigation').getByRole('link', { name, exact: true });

test('the quiz set-up looks the same before and after a visit to the editor', async ({ page }) => {
	await page.goto('/quiz');
	await hydrated(page);
	await expectHeading(page, 'Quiz');
	const before = await setupStyles(page);
	expect(Object.keys(before).length).toBeGreaterThan(20);

	// Client-side navigation: the editor's stylesheet, once loaded, stays in the document.
	await nav(page, 'Créer').click();
	await page.getByRole('button', { name: 'Commencer un pack vide' }).click();
	await expect(page.getByRole('region', { name: 'Informations du pack' })).toBeVisible();
	// The editor's own rules did apply while it was open (so the comparison below means something).
	await expect(page.locator('.editor')).toHaveCSS('display', 'grid');

	await nav(page, 'Quiz').click();
	await expectHeading(page, 'Quiz');
	const after = await setupStyles(page);
	expect(Object.keys(after)).toEqual(Object.keys(before));
	// One line per changed property, naming the element: readable when it fails.
	const changed = Object.entries(before).flatMap(([element, properties]) =>
		Object.entries(properties)
			.filter(([property, value]) => after[element]?.[property] !== value)
			.map(
				([property, value]) => `${element} ${property}: ${value} → ${after[element]?.[property]}`
			)
	);
	expect(changed).toEqual([]);
});
