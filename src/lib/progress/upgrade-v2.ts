/**
 * Upgrade from schema v1 (Liaison 0.1) to v2.
 *
 * v1 assumed one learner per device and logged quiz answers only:
 * - packs   { id, version, installedAt: ISO string, builtin: boolean, pack }
 * - runs    { id, packId, scenarioId, startedAt: ISO, updatedAt: ISO, finished: boolean, state }
 * - answers { seq (auto-increment), packId, questionId, answer, score: 0..1, at: epoch ms }
 * - reviews { packId, questionId, ...ts-fsrs 4 Card with Date objects, no learning_steps }
 * - prefs   { key, value }
 * v2 adds profiles: everything v1 stored goes to one default profile, made active. Answers become
 * events with unique ids (auto-increment keys collide when two devices' backups are merged). Cards
 * are replayed from those events so the "cards = fold(events)" rule holds from day one; a v1 review
 * without any answer (should not exist) is converted as-is rather than lost.
 */
import type { Transaction } from 'dexie';
import type { Pack } from '$lib/packs/schema';
import type { CardState } from '$lib/review/card';
import { foldAnswers, groupByCard, suspendedFor } from './card-fold';
import { newId } from './ids';
import { questionIdsOf } from './pack-questions';
import {
	GLOBAL_SCOPE,
	type AnswerEvent,
	type CardRecord,
	type Json,
	type StoredPack,
	type Profile,
	type Run,
	type Setting
} from './records';
import { ACTIVE_PROFILE_KEY } from './setting-keys';

export interface V1Pack {
	id: string;
	version: string;
	installedAt: string;
	builtin: boolean;
	pack: Pack;
}
export interface V1Run {
	id: string;
	packId: string;
	scenarioId: string;
	startedAt: string;
	updatedAt: string;
	finished: boolean;
	state: Json;
}
export interface V1Answer {
	seq?: number;
	packId: string;
	questionId: string;
	answer: Json;
	score: number;
	at: number;
}
export interface V1Review {
	packId: string;
	questionId: string;
	due: Date;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	reps: number;
	lapses: number;
	state: 0 | 1 | 2 | 3;
	last_review?: Date;
}
export interface V1Pref {
	key: string;
	value: Json;
}

const V1_STATES: readonly CardState[] = ['new', 'learning', 'review', 'relearning'];

function time(iso: string, fallback: number): number {
	const ms = Date.parse(iso);
	return Number.isFinite(ms) && ms >= 0 ? ms : fallback;
}

/** A v1 pack as a v2-v5 record (content inline; v6 moves it apart). */
export function convertPack(old: V1Pack, now: number): StoredPack {
	return {
		id: old.id,
		version: old.version,
		source: old.builtin ? 'builtin' : 'import',
		installedAt: time(old.installedAt, now),
		questionIds: questionIdsOf(old.pack),
		pack: old.pack
	};
}

export function convertRun(old: V1Run, profileId: string, now: number): Run {
	const updatedAt = time(old.updatedAt, now);
	return {
		kind: 'scenario',
		id: old.id,
		profileId,
		packId: old.packId,
		scenarioId: old.scenarioId,
		// v1 did not record which pack version a run was played with.
		packVersion: '',
		startedAt: time(old.startedAt, updatedAt),
		updatedAt,
		...(old.finished ? { finishedAt: updatedAt } : {}),
		status: old.finished ? 'finished' : 'in-progress',
		state: old.state
	};
}

export function convertAnswer(old: V1Answer, profileId: string): AnswerEvent {
	const score = Math.min(1, Math.max(0, old.score));
	return {
		kind: 'answer',
		id: newId(),
		profileId,
		packId: old.packId,
		questionId: old.questionId,
		answer: old.answer,
		points: score,
		max: 1,
		correct: score >= 1,
		at: old.at
	};
}

export function convertReview(old: V1Review, profileId: string, suspended: 0 | 1): CardRecord {
	const lastReview = old.last_review ? old.last_review.getTime() : null;
	return {
		profileId,
		packId: old.packId,
		questionId: old.questionId,
		suspended,
		lastEventAt: lastReview ?? 0,
		lastEventId: 'v1',
		due: old.due.getTime(),
		stability: old.stability,
		difficulty: old.difficulty,
		elapsedDays: old.elapsed_days,
		scheduledDays: old.scheduled_days,
		learningSteps: 0,
		reps: old.reps,
		lapses: old.lapses,
		state: V1_STATES[old.state] ?? 'new',
		lastReview
	};
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
	const now = Date.now();
	const profile: Profile = { id: newId(), name: '', createdAt: now };
	await tx.table('profiles').add(profile);

	const oldPacks = (await tx.table('packs').toArray()) as V1Pack[];
	const packs = oldPacks.map((p) => convertPack(p, now));
	await tx.table('packs').bulkPut(packs);
	const packById = new Map(packs.map((p) => [p.id, p]));

	const oldRuns = (await tx.table('runs').toArray()) as V1Run[];
	await tx.table('runs').bulkPut(oldRuns.map((r) => convertRun(r, profile.id, now)));

	const prefs = (await tx.table('prefs').toArray()) as V1Pref[];
	const settings: Setting[] = [
		...prefs.map((p) => ({ scope: GLOBAL_SCOPE, key: p.key, value: p.value })),
		{ scope: GLOBAL_SCOPE, key: ACTIVE_PROFILE_KEY, value: profile.id }
	];
	await tx.table('settings').bulkPut(settings);

	const answers = (await tx.table('answers').orderBy('seq').toArray()) as V1Answer[];
	const events = answers.map((a) => convertAnswer(a, profile.id));
	await tx.table('events').bulkAdd(events);

	const cards: CardRecord[] = [];
	const covered = new Set<string>();
	for (const [key, group] of groupByCard(events)) {
		covered.add(key);
		const first = group[0]!;
		const card = foldAnswers(group, suspendedFor(packById.get(first.packId), first.questionId));
		if (card) cards.push(card);
	}
	const reviews = (await tx.table('reviews').toArray()) as V1Review[];
	for (const r of reviews) {
		if (covered.has([profile.id, r.packId, r.questionId].join('\u0000'))) continue;
		cards.push(convertReview(r, profile.id, suspendedFor(packById.get(r.packId), r.questionId)));
	}
	await tx.table('cards').bulkPut(cards);
}
