/** What the player writes to the LMS, as (element, value) pairs in one version's data model. */
import { percentOf } from '$lib/engine';
import { formatResponse, formatResult, type Interaction } from './interactions';
import {
	duration2004,
	parseDuration2004,
	parseTimespan12,
	time12,
	timespan12,
	timestamp2004
} from './time';
import { TIME_LIMIT_ACTION, type ScormVersion } from './version';

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
		totalTime: 'cmi.core.total_time',
		maxTime: 'cmi.student_data.max_time_allowed',
		timeLimitAction: 'cmi.student_data.time_limit_action',
		count: 'cmi.interactions._count'
	},
	'2004': {
		location: 'cmi.location',
		suspend: 'cmi.suspend_data',
		entry: 'cmi.entry',
		language: 'cmi.learner_preference.language',
		exit: 'cmi.exit',
		sessionTime: 'cmi.session_time',
		totalTime: 'cmi.total_time',
		maxTime: 'cmi.max_time_allowed',
		timeLimitAction: 'cmi.time_limit_action',
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

/**
 * Written on leaving: unfinished runs are suspended, so the LMS offers to resume them; an exam ended
 * by its time limit exits with `time-out`, the value both versions define for it.
 */
export function exitWrites(
	version: ScormVersion,
	finished: boolean,
	sessionMs: number,
	timedOut = false
): CmiWrite[] {
	const names = ELEMENTS[version];
	const exit = timedOut ? 'time-out' : !finished ? 'suspend' : version === '1.2' ? '' : 'normal';
	return [
		[names.exit, exit],
		[names.sessionTime, version === '1.2' ? timespan12(sessionMs) : duration2004(sessionMs)]
	];
}

export interface TimeLimit {
	/** Time left in this attempt (ms), or null when the exam is not to be stopped. */
	remainingMs: number | null;
	/** The allowance for the whole attempt, in minutes (shown in the summary). */
	minutes: number | null;
}

/**
 * The exam's time limit as the LMS reports it: `max_time_allowed` (which the LMS takes from the
 * manifest) less the attempt's `total_time` spent in earlier sessions, both accumulated learner
 * time. The package's own limit stands in when the LMS reports none; `continue,…` actions ask the
 * SCO not to stop the learner, so the limit is then not enforced.
 */
export function timeLimitOf(
	version: ScormVersion,
	read: (element: string) => string,
	packageMinutes: number | undefined
): TimeLimit {
	const names = ELEMENTS[version];
	const parse = version === '1.2' ? parseTimespan12 : parseDuration2004;
	const lmsMax = parse(read(names.maxTime));
	const maxMs = lmsMax && lmsMax > 0 ? lmsMax : packageMinutes ? packageMinutes * 60_000 : null;
	if (maxMs === null) return { remainingMs: null, minutes: null };
	// Whole minutes, as the quiz summary states a limit.
	const minutes = Math.max(1, Math.round(maxMs / 60_000));
	const action = read(names.timeLimitAction).trim() || TIME_LIMIT_ACTION;
	if (action.startsWith('continue')) return { remainingMs: null, minutes };
	const spent = parse(read(names.totalTime)) ?? 0;
	return { remainingMs: Math.max(0, maxMs - spent), minutes };
}
