import { render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringsReady } from '$lib/i18n/index.svelte';
import type { Attempt } from '$lib/progress';
import ScoreChart from './ScoreChart.svelte';

beforeAll(() => stringsReady());
const attempt = (percent: number) => ({ percent }) as Attempt;

describe('ScoreChart', () => {
	it('shows a lone attempt as a point and says the chart compares from the second', () => {
		render(ScoreChart, { attempts: [attempt(0)] });
		expect(
			screen.getByRole('img', { name: 'Score de la dernière tentative : 0 %' })
		).toBeInTheDocument();
		expect(screen.getByTestId('score-chart').querySelectorAll('circle')).toHaveLength(1);
		expect(screen.getByText(/Première tentative notée : 0 %/)).toBeInTheDocument();
	});

	it('says nothing more once there are two attempts', () => {
		render(ScoreChart, { attempts: [attempt(80), attempt(40)] });
		expect(screen.getByTestId('score-chart').querySelectorAll('circle')).toHaveLength(2);
		expect(screen.queryByText(/Première tentative/)).not.toBeInTheDocument();
	});
});
