import { describe, expect, it } from 'vitest';
import { importAiken } from './aiken';

const bank = `Quel organe évalue la menace ?
A. L'OCAM
B) La CTIF
C. Les douanes
ANSWER: A

Une question sans réponse
A. Oui
B. Non

Une question à une seule option
A. Oui
ANSWER: A
`;

describe('importAiken', () => {
	const result = importAiken(bank, { lang: 'fr', idPrefix: 'bank' });

	it('reads single-choice questions with both option styles', () => {
		expect(result.questions).toEqual([
			expect.objectContaining({
				id: 'bank-1',
				kind: 'single',
				prompt: { fr: 'Quel organe évalue la menace ?' },
				options: [
					{ id: 'a', text: { fr: "L'OCAM" }, correct: true },
					{ id: 'b', text: { fr: 'La CTIF' }, correct: false },
					{ id: 'c', text: { fr: 'Les douanes' }, correct: false }
				]
			})
		]);
	});

	it('lists questions it cannot read, with their line', () => {
		expect(result.skipped.map((s) => [s.reason, s.line])).toEqual([
			['syntax', 7],
			['too-few-options', 11]
		]);
	});
});
