/** What the player writes to the LMS, as (element, value) pairs in one version's data model. */
import { percentOf } from '$lib/engine';
import { formatResponse, formatResult, type Interaction } from './interactions';
import { duration2004, time12, timespan12, timestamp2004 } from './time';
import type { ScormVersion } from './version';

export type CmiWrite = readonly [element: string, value: string];

/** The elements that have another name in each version. */
export const ELEMENTS = {
	'1.2': {
		location: 'cmi.core.lesson_location',
		suspend: 'cmi.suspend_data',
		entry: 'cmi.core.entry',
		language: 'cmi.student_preference.language',
		exit: 'cmi.core.exit',
		sessionTime: 'cmi.core.session_time',
		count: 'cmi.interactions._count'
	},
	'2004': {
		location: 'cmi.location',
		suspend: 'cmi.suspend_data',
		entry: 'cmi.entry',
		language: 'cmi.learner_preference.language',
		exit: 'cmi.exit',
		sessionTime: 'cmi.session_time',
		count: 'cmi.interactions._count'
	}
} as const;

/** SCORM 1.2 caps suspend_data at 4,096 characters and lesson_location at 255; 2004 at 64,000 and 1,000. */
export const LIMITS = {
	'1.2': { suspend: 4_096, location: 255 },
	'2004': { suspend: 64_000, location: 1_000 }
} as const;

export function interactionWrites(
	version: ScormVersion,
	n: number,
	interaction: Interaction
): CmiWrite[] {
	const at = `cmi.interactions.${n}.`;
	const common: CmiWrite[] = [
		[`${at}id`, interaction.id],
		[`${at}type`, interaction.type]
	];
	const pattern = formatResponse(version, interaction.correct, true);
	const result = formatResult(version, interaction.result);
	const weighting = String(interaction.weighting);
	if (version === '1.2') {
		return [
			...common,
			[`${at}student_response`, formatResponse(version, interaction.response)],
			[`${at}correct_responses.0.pattern`, pattern],
			[`${at}result`, result],
			[`${at}weighting`, weighting],
			[`${at}latency`, timespan12(interaction.latencyMs)],
			[`${at}time`, time12(interaction.at)]
		];
	}
	const description: CmiWrite[] = interaction.description
		? [[`${at}description`, `{lang=${interaction.lang}}${interaction.description.slice(0, 250)}`]]
		: [];
	return [
		...common,
		...description,
		[`${at}learner_response`, formatResponse(version, interaction.response)],
		[`${at}correct_responses.0.pattern`, pattern],
		[`${at}result`, result],
		[`${at}weighting`, weighting],
		[`${at}latency`, duration2004(interaction.latencyMs)],
		[`${at}timestamp`, timestamp2004(interaction.at)]
	];
}

export interface Outcome {
	points: number;
	max: number;
	finished: boolean;
	/** Percent needed to pass (the pack's pass mark). */
	passMark: number;
}

/**
 * Score and status. 1.2 scores in percent (raw 0–100, as LMSs read 1.2 raw scores); 2004 gives the
 * points with their range, and the scaled score in [0, 1].
 */
export function outcomeWrites(version: ScormVersion, outcome: Outcome): CmiWrite[] {
	const max = Math.max(0, outcome.max);
	const points = Math.min(max, Math.max(0, outcome.points));
	const percent = percentOf(points, max);
	const passed = percent >= outcome.passMark;
	const score: CmiWrite[] =
		version === '1.2'
			? [
					['cmi.core.score.min', '0'],
					['cmi.core.score.max', '100'],
					['cmi.core.score.raw', String(percent)]
				]
			: [
					['cmi.score.min', '0'],
					['cmi.score.max', String(max)],
					['cmi.score.raw', String(points)],
					['cmi.score.scaled', String(max > 0 ? Math.round((points / max) * 1e4) / 1e4 : 0)]
				];
	if (version === '1.2') {
		const status = !outcome.finished ? 'incomplete' : passed ? 'passed' : 'failed';
		return [...score, ['cmi.core.lesson_status', status]];
	}
	return [
		...score,
		['cmi.completion_status', outcome.finished ? 'completed' : 'incomplete'],
		['cmi.success_status', !outcome.finished ? 'unknown' : passed ? 'passed' : 'failed']
	];
}

/** Written on leaving: unfinished runs are suspended, so the LMS offers to resume them. */
export function exitWrites(
	version: ScormVersion,
	finished: boolean,
	sessionMs: number
): CmiWrite[] {
	const names = ELEMENTS[version];
	return version === '1.2'
		? [
				[names.exit, finished ? '' : 'suspend'],
				[names.sessionTime, timespan12(sessionMs)]
			]
		: [
				[names.exit, finished ? 'normal' : 'suspend'],
				[names.sessionTime, duration2004(sessionMs)]
			];
}
