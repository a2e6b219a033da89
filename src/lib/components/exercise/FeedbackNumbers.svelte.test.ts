import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLang, stringsReady, t } from '$lib/i18n/index.svelte';
import { quizPack } from '../../../../tests/factories/quiz';
import Feedback from './Feedback.svelte';

beforeAll(() => stringsReady());
// Spaces inside numbers are no-break spaces, narrow or not depending on the ICU version.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
afterEach(() => setLang('fr', false));

const question = quizPack.questions[0]!;
const show = (points: number, max: number) =>
	render(Feedback, {
		verdict: 'partial',
		points,
		max,
		explanation: question.explanation,
		citation: question.citation,
		sources: quizPack.sources
	});

describe('scores with fractions', () => {
	it('are written with a decimal comma in French', () => {
		show(0.5, 1);
		expect(screen.getByText('0,5 point(s) sur 1')).toBeInTheDocument();
		expect(plain(t('progress:score', { percent: 20.7, points: 2.07, max: 10 }))).toBe(
			'21 % (2,07 sur 10 points)'
		);
	});

	it('are written with a decimal comma in Dutch', async () => {
		await setLang('nl', false);
		show(2.07, 10);
		expect(screen.getByText('2,07 punt(en) op 10')).toBeInTheDocument();
		expect(t('progress:score', { percent: 20.7, points: 2.07, max: 10 })).toBe(
			'21% (2,07 van 10 punten)'
		);
		// Thousands as Belgian Dutch groups them, counts included.
		expect(t('quiz:summary_points', { points: 1234.5, max: 2000 })).toBe(
			'1.234,5 punt(en) van 2.000'
		);
	});
});
