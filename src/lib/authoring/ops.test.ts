import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { makePack } from '../../../tests/factories/packs';
import { PackSchema } from '$lib/packs/schema';
import { validatePack } from '$lib/packs/validate';
import {
	addActor,
	addAsset,
	assetRefusal,
	addChoice,
	addPartnerOption,
	addQuestion,
	addScenario,
	addSource,
	addStep,
	addTopic,
	copyPack,
	moveStep,
	removeStep,
	renameStep,
	setQuestionKind,
	setStepKind
} from './ops';
import { getAt, setAt } from './paths';
import { emptyPack, type Draft } from './templates';

const codes = (draft: Draft) => {
	const r = validatePack(draft);
	return r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`);
};

function fill(draft: Draft, path: (string | number)[], fr: string, nl = `${fr} NL`): Draft {
	return setAt(draft, path, { fr, nl });
}

/** A short scenario written only with the editor's operations. */
function authored(): Draft {
	let d = emptyPack('mon-pack');
	d = fill(d, ['title'], 'Mon pack');
	d = fill(d, ['description'], 'Description');
	d = addSource(d);
	d = setAt(d, ['sources', 0, 'title'], 'Partenaires');
	const s = addScenario(d);
	d = s.draft;
	d = fill(d, ['scenarios', 0, 'title'], 'Scénario');
	d = fill(d, ['scenarios', 0, 'summary'], 'Résumé');
	d = fill(d, ['scenarios', 0, 'steps', 'start', 'text'], 'Briefing');
	const partners = addStep(d, 0, 'partners');
	d = partners.draft;
	d = setAt(d, ['scenarios', 0, 'steps', 'start', 'next'], partners.stepId);
	d = addPartnerOption(d, 0, partners.stepId, ['vsse', 'ocam']);
	d = addPartnerOption(d, 0, partners.stepId, ['vsse', 'ocam']);
	const p = ['scenarios', 0, 'steps', partners.stepId];
	d = setAt(d, [...p, 'options', 0, 'rating'], 'essential');
	d = fill(d, [...p, 'options', 0, 'explanation'], 'Oui');
	d = fill(d, [...p, 'options', 1, 'explanation'], 'Utile');
	d = fill(d, [...p, 'text'], 'Qui ?');
	d = fill(d, [...p, 'explanation'], 'Parce que');
	d = setAt(d, [...p, 'citation', 'quote'], 'une citation');
	const good = addStep(d, 0, 'ending');
	const bad = addStep(good.draft, 0, 'ending');
	d = bad.draft;
	for (const id of [good.stepId, bad.stepId]) {
		d = fill(d, ['scenarios', 0, 'steps', id, 'text'], `Fin ${id}`);
	}
	d = setAt(d, ['scenarios', 0, 'steps', bad.stepId, 'outcome'], 'failure');
	d = setAt(
		d,
		[...p, 'next'],
		[{ when: { missedEssential: partners.stepId }, to: bad.stepId }, { to: good.stepId }]
	);
	return d;
}

describe('authoring operations', () => {
	it('an empty pack lists what is left to write', () => {
		const found = codes(emptyPack('nouveau'));
		expect(found).toContain('title.fr text.empty');
		expect(found).toContain('description.nl text.empty');
	});

	it('builds a valid pack from operations alone (two endings: a warning only)', () => {
		const r = validatePack(authored());
		expect(r.ok ? [] : r.issues).toEqual([]);
		expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['graph.too-few-endings']);
	});

	it('a first step becomes the start; endings get their own ids', () => {
		let d = setAt(addScenario(emptyPack('p')).draft, ['scenarios', 0, 'steps'], {});
		const first = addStep(d, 0, 'decision');
		d = first.draft;
		expect(getAt(d, ['scenarios', 0, 'start'])).toBe('s1');
		expect(addStep(d, 0, 'ending').stepId).toBe('end-1');
		d = addChoice(d, 0, 's1');
		expect(
			(getAt(d, ['scenarios', 0, 'steps', 's1', 'choices']) as { id: string }[]).map((c) => c.id)
		).toEqual(['c1', 'c2', 'c3']);
	});

	it('removing a step leaves the references for the validator to point at', () => {
		const d = removeStep(authored(), 0, 'end-1');
		expect(codes(d)).toContain('scenarios[0].steps.s1.next[1].to ref.step');
	});

	it('renames a step and every reference to it', () => {
		const d = renameStep(authored(), 0, 's1', 'partenaires');
		expect(Object.keys(d.scenarios![0]!.steps)).toEqual(['start', 'partenaires', 'end-1', 'end-2']);
		expect(validatePack(d).ok).toBe(true);
		expect(getAt(d, ['scenarios', 0, 'steps', 'partenaires', 'next', 0, 'when'])).toEqual({
			missedEssential: 'partenaires'
		});
	});

	it('moves steps and changes kinds, keeping shared fields', () => {
		let d = moveStep(authored(), 0, 'end-2', -1);
		expect(Object.keys(d.scenarios![0]!.steps)).toEqual(['start', 's1', 'end-2', 'end-1']);
		d = setStepKind(d, 0, 'start', 'decision');
		const step = getAt(d, ['scenarios', 0, 'steps', 'start']) as Record<string, unknown>;
		expect(step.kind).toBe('decision');
		expect(step.next).toBe('s1');
		expect(step.text).toEqual({ fr: 'Briefing', nl: 'Briefing NL' });
	});

	it('adds questions of every kind, actors and topics', () => {
		let d = authored();
		for (const kind of [
			'single',
			'multiple',
			'truefalse',
			'matching',
			'ordering',
			'short',
			'numeric'
		] as const) {
			d = addQuestion(d, kind).draft;
		}
		expect(d.questions!.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7']);
		expect(d.questions![0]!.citation.source).toBe('source-1');
		d = setQuestionKind(d, ['questions', 0], 'truefalse');
		expect(d.questions![0]).toMatchObject({ id: 'q1', kind: 'truefalse', answer: true });
		d = addActor(d, ['actor-1']);
		expect(d.actors!.map((a) => a.id)).toEqual(['actor-2']);
		d = addTopic(d);
		expect(d.topics!.map((t) => t.id)).toEqual(['topic-1']);
		// Every new question has the fields its kind needs: what is left is text to write.
		const shape = codes(d).filter(
			(c) => c.startsWith('questions') && /required|unknown-key|kind|type/.test(c)
		);
		expect(shape).toEqual([]);
	});

	it('copies a pack as a new draft with a new id', () => {
		const pack = v.parse(PackSchema, makePack());
		const copy = copyPack(pack, 'copie');
		expect(copy.id).toBe('copie');
		expect(copy.version).toBe('0.1.0');
		expect(copy.scenarios).toEqual(pack.scenarios);
		expect(copy.scenarios).not.toBe(pack.scenarios);
	});
});

describe('images embedded in a pack', () => {
	const png =
		'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABAQAAAAA3bvkkAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==';

	it('are keyed by their file name, kept unique, and valid for the schema', () => {
		const first = addAsset(makePack(), 'Carte Liège.png', png);
		expect(first.key).toBe('carte-liege');
		const second = addAsset(first.draft, 'carte liège.PNG', png);
		expect(second.key).toBe('carte-liege-1');
		expect(addAsset(makePack(), '地図.png', png).key).toBe('image');
		expect(second.draft.assets).toEqual({ 'carte-liege': png, 'carte-liege-1': png });
		expect(codes(second.draft)).toEqual([]);
	});

	it('are refused before reading when of another type or too large once encoded', () => {
		expect(assetRefusal({ type: 'image/png', size: 1000 })).toBeNull();
		expect(assetRefusal({ type: 'image/svg+xml', size: 1000 })).toBe('type');
		expect(assetRefusal({ type: 'image/jpeg', size: 1_200_000 })).toBe('size');
	});
});
