/**
 * Editing operations of the authoring screen, as pure functions: draft in, new draft out.
 * A removed step keeps the references to it, on purpose: the validator then points at every
 * `next` that must be changed, rather than the editor silently rewiring the story.
 */
import type { Pack, QuestionKind, StepKind } from '$lib/packs/schema';
import { LIMITS } from '$lib/packs/limits';
import { slug } from './question-import';
import { freeId, getAt, insertAt, moveKey, removeAt, renameKey, setAt, type Path } from './paths';
import {
	newActor,
	newChoice,
	newPartnerOption,
	newQuestion,
	newScenario,
	newStep,
	type Draft,
	type ScenarioDraft
} from './templates';

const scenarioPath = (si: number): Path => ['scenarios', si];
const stepsPath = (si: number): Path => ['scenarios', si, 'steps'];

const firstSource = (draft: Draft) => draft.sources?.[0]?.id ?? '';

function scenarioOf(draft: Draft, si: number): ScenarioDraft | undefined {
	return draft.scenarios?.[si];
}

/** A built-in (or any valid) pack as a new draft: same content, a new id and version 0.1.0. */
export function copyPack(pack: Pack, id: string): Draft {
	const copy = structuredClone(pack) as Draft;
	return { ...copy, id, version: '0.1.0' };
}

export function addScenario(draft: Draft): { draft: Draft; index: number } {
	const ids = (draft.scenarios ?? []).map((s) => s.id);
	const index = ids.length;
	return { draft: insertAt(draft, ['scenarios'], newScenario(freeId('scenario-', ids))), index };
}

export function removeScenario(draft: Draft, si: number): Draft {
	return removeAt(draft, ['scenarios'], si);
}

/** Adds a step after the others; a first step becomes the start. */
export function addStep(
	draft: Draft,
	si: number,
	kind: StepKind
): { draft: Draft; stepId: string } {
	const scenario = scenarioOf(draft, si);
	if (!scenario) return { draft, stepId: '' };
	const ids = Object.keys(scenario.steps ?? {});
	const stepId = freeId(kind === 'ending' ? 'end-' : 's', ids);
	let next = setAt(
		draft,
		[...stepsPath(si), stepId],
		newStep(kind, { source: firstSource(draft) })
	);
	if (ids.length === 0) next = setAt(next, [...scenarioPath(si), 'start'], stepId);
	return { draft: next, stepId };
}

export function removeStep(draft: Draft, si: number, stepId: string): Draft {
	return setAt(draft, [...stepsPath(si), stepId], undefined);
}

export function moveStep(draft: Draft, si: number, stepId: string, delta: number): Draft {
	return moveKey(draft, stepsPath(si), stepId, delta);
}

/** Renames a step and every reference to it in this scenario (start, next, conditions). */
export function renameStep(draft: Draft, si: number, from: string, to: string): Draft {
	const scenario = scenarioOf(draft, si);
	if (!scenario || from === to || !to || Object.hasOwn(scenario.steps, to)) return draft;
	const renamed = renameKey(draft, stepsPath(si), from, to);
	const rewrite = (value: unknown, key?: string): unknown => {
		if (typeof value === 'string') {
			const isRef = key === 'next' || key === 'to' || key === 'step' || key === 'missedEssential';
			return isRef && value === from ? to : value;
		}
		if (Array.isArray(value)) return value.map((v) => rewrite(v, key === 'next' ? 'next' : key));
		if (value && typeof value === 'object') {
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, k)]));
		}
		return value;
	};
	const scenarioNow = getAt(renamed, scenarioPath(si)) as ScenarioDraft;
	const steps = rewrite(scenarioNow.steps) as ScenarioDraft['steps'];
	const start = scenarioNow.start === from ? to : scenarioNow.start;
	return setAt(renamed, scenarioPath(si), { ...scenarioNow, start, steps });
}

export function addChoice(draft: Draft, si: number, stepId: string): Draft {
	const path = [...stepsPath(si), stepId, 'choices'];
	const ids = ((getAt(draft, path) as { id: string }[] | undefined) ?? []).map((c) => c.id);
	return insertAt(draft, path, newChoice(freeId('c', ids)));
}

/** Adds a partner to a partners step: the first organisation not yet listed there. */
export function addPartnerOption(
	draft: Draft,
	si: number,
	stepId: string,
	actorIds: readonly string[]
): Draft {
	const path = [...stepsPath(si), stepId, 'options'];
	const used = new Set(((getAt(draft, path) as { actor: string }[]) ?? []).map((o) => o.actor));
	const actor = actorIds.find((id) => !used.has(id)) ?? '';
	return insertAt(draft, path, newPartnerOption(actor));
}

export function addQuestion(draft: Draft, kind: QuestionKind): { draft: Draft; index: number } {
	const ids = (draft.questions ?? []).map((q) => q.id);
	const index = ids.length;
	const question = newQuestion(kind, freeId('q', ids), firstSource(draft));
	return { draft: insertAt(draft, ['questions'], question), index };
}

/** Changes a question's kind, keeping what all kinds share (prompt, explanation, citation…). */
export function setQuestionKind(draft: Draft, path: Path, kind: QuestionKind): Draft {
	const old = getAt(draft, path) as Record<string, unknown> | undefined;
	if (!old) return draft;
	const fresh = newQuestion(kind, String(old.id ?? 'q1')) as Record<string, unknown>;
	const kept = ['id', 'prompt', 'topics', 'actors', 'difficulty', 'explanation', 'citation'];
	for (const key of kept) if (old[key] !== undefined) fresh[key] = old[key];
	return setAt(draft, path, fresh);
}

/** Changes a step's kind, keeping its title, text and next. */
export function setStepKind(draft: Draft, si: number, stepId: string, kind: StepKind): Draft {
	const path = [...stepsPath(si), stepId];
	const old = getAt(draft, path) as Record<string, unknown> | undefined;
	if (!old) return draft;
	const fresh = newStep(kind, { source: firstSource(draft) }) as Record<string, unknown>;
	for (const key of ['title', 'text', 'next']) {
		if (old[key] === undefined || (key === 'next' && kind === 'ending')) continue;
		fresh[key] = old[key];
	}
	return setAt(draft, path, fresh);
}

export function addActor(draft: Draft, takenIds: readonly string[]): Draft {
	const ids = [...takenIds, ...(draft.actors ?? []).map((a) => a.id)];
	return insertAt(draft, ['actors'], newActor(freeId('actor-', ids)));
}

export function addSource(draft: Draft): Draft {
	const ids = (draft.sources ?? []).map((s) => s.id);
	return insertAt(draft, ['sources'], { id: freeId('source-', ids), title: '' });
}

export function addTopic(draft: Draft): Draft {
	const ids = (draft.topics ?? []).map((t) => t.id);
	return insertAt(draft, ['topics'], { id: freeId('topic-', ids), label: { fr: '', nl: '' } });
}

/** Image types a pack may embed (raster only: an SVG can carry script). */
export const ASSET_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;

/** Why an image file cannot be embedded, before it is read: its type, or its size once encoded. */
export function assetRefusal(file: { type: string; size: number }): 'type' | 'size' | null {
	if (!(ASSET_TYPES as readonly string[]).includes(file.type)) return 'type';
	const encoded = `data:${file.type};base64,`.length + Math.ceil(file.size / 3) * 4;
	return encoded > LIMITS.maxAssetLength ? 'size' : null;
}

/** Embeds an image under a key made from its file name (`Carte Liège.png` → `carte-liege`). */
export function addAsset(
	draft: Draft,
	fileName: string,
	dataUri: string
): { draft: Draft; key: string } {
	const taken = Object.keys(draft.assets ?? {});
	// `image-` in front gives a key even to a name with no usable letter, and is then cut off.
	const name = fileName.replace(/\.[a-z0-9]+$/i, '');
	const base = slug(`image ${name}`)
		.replace(/^image-/, '')
		.slice(0, 50);
	const key = taken.includes(base) ? freeId(`${base}-`, taken) : base;
	return { draft: setAt(draft, ['assets', key], dataUri), key };
}
