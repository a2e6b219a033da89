import { describe, expect, it } from 'vitest';
import { FACTORY_QUOTE, makePack } from '../../../tests/factories/packs.ts';
import { collectCitations, matchQuote } from './citations.ts';
import { validatePack } from './validate.ts';

describe('collectCitations', () => {
	it('finds the citations of bank questions, scored steps and embedded questions', () => {
		const result = validatePack(makePack());
		if (!result.ok) throw new Error('factory pack must be valid');
		const paths = collectCitations(result.pack).map((c) => c.path);
		expect(paths).toContain('questions[0].citation');
		expect(paths).toContain('scenarios[0].steps.decide.citation');
		expect(paths).toContain('scenarios[0].steps.partners.citation');
		expect(paths).toContain('scenarios[0].steps.order.citation');
		expect(paths).toContain('scenarios[0].steps.quiz.question.citation');
		expect(paths).toHaveLength(7 + 4);
	});
});

describe('matchQuote', () => {
	const source = `Ainsi, ${FACTORY_QUOTE}, l\u2019Office des étrangers (OE) ou encore\u00a0auprès du SPF.`;

	it('accepts verbatim quotes only', () => {
		expect(matchQuote(source, FACTORY_QUOTE)).toBe('exact');
		expect(matchQuote(source, 'la VSSE a des espions')).toBe('missing');
	});

	it('tells apart quotes that differ only by apostrophes or spaces', () => {
		expect(matchQuote(source, "l'Office des étrangers")).toBe('near');
		expect(matchQuote(source, 'ou encore auprès')).toBe('near');
	});
});
