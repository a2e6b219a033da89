import { describe, expect, it } from 'vitest';
import { PROBLEM_DRAFTS } from '../../../tests/factories/pack-problems.ts';
import { makePack, makeRawPack, t } from '../../../tests/factories/packs.ts';
import type { IssueCode, PackIssue } from './issues.ts';
import { validatePack, type ValidateOptions } from './validate.ts';

// The factory's JSON is mutated freely here, including into shapes the types forbid.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

function issuesOf(mutate: (pack: Raw) => void, options?: ValidateOptions): PackIssue[] {
	const pack = makeRawPack();
	mutate(pack);
	const result = validatePack(pack, options);
	return result.ok ? result.warnings : result.issues;
}

const steps = (p: Raw) => p.scenarios[0].steps;

/** The editor's broken draft for `code` (tests/factories/pack-problems.ts), written once for both tests. */
function drafted(code: IssueCode): (pack: Raw) => void {
	const draft = PROBLEM_DRAFTS[code];
	if (!draft) throw new Error(`no draft for ${code} in tests/factories/pack-problems.ts`);
	return draft;
}

describe('validatePack', () => {
	it('accepts the factory pack with no issue and applies defaults', () => {
		const result = validatePack(makePack(), { builtIn: true });
		expect(result).toMatchObject({ ok: true, warnings: [] });
		if (!result.ok) return;
		expect(result.pack.assets).toEqual({});
		expect(result.pack.questions.find((q) => q.kind === 'numeric')).toMatchObject({ tolerance: 0 });
	});

	it('covers every step kind and question kind in the factory', () => {
		const pack = makePack();
		const stepKinds = new Set(Object.values(pack.scenarios![0]!.steps).map((s) => s.kind));
		expect([...stepKinds].sort()).toEqual(
			['briefing', 'decision', 'ending', 'ordering', 'partners', 'question'].sort()
		);
		const questionKinds = new Set(pack.questions!.map((q) => q.kind));
		expect(questionKinds.size).toBe(7);
	});

	const cases: Array<[string, (p: Raw) => void, IssueCode, string]> = [
		// unique ids
		[
			'duplicate question id',
			(p) => (p.questions[1].id = 'q-single'),
			'id.duplicate',
			'questions[1].id'
		],
		[
			'duplicate scenario id',
			(p) => p.scenarios.push(p.scenarios[0]),
			'id.duplicate',
			'scenarios[1].id'
		],
		['duplicate topic id', (p) => p.topics.push(p.topics[0]), 'id.duplicate', 'topics[1].id'],
		[
			'duplicate choice id',
			(p) => (steps(p).decide.choices[1].id = 'share'),
			'id.duplicate',
			'scenarios[0].steps.decide.choices[1].id'
		],
		[
			'duplicate option id',
			(p) => (p.questions[0].options[1].id = 'a'),
			'id.duplicate',
			'questions[0].options[1].id'
		],
		[
			'duplicate ordering item id',
			(p) => (steps(p).order.items[1].id = 'first'),
			'id.duplicate',
			'scenarios[0].steps.order.items[1].id'
		],
		[
			'duplicate pair id',
			(p) => (p.questions[3].pairs[1].id = 'p1'),
			'id.duplicate',
			'questions[3].pairs[1].id'
		],
		[
			'duplicate partner',
			(p) => (steps(p).partners.options[1].actor = 'federal-police'),
			'id.duplicate',
			'scenarios[0].steps.partners.options[1].actor'
		],
		// references
		['dangling start', (p) => (p.scenarios[0].start = 'nowhere'), 'ref.step', 'scenarios[0].start'],
		[
			'dangling next',
			(p) => (steps(p).brief.next = 'nowhere'),
			'ref.step',
			'scenarios[0].steps.brief.next'
		],
		[
			'dangling transition',
			(p) => (steps(p).partners.next[1].to = 'nowhere'),
			'ref.step',
			'scenarios[0].steps.partners.next[1].to'
		],
		[
			'dangling choice next',
			(p) => (steps(p).decide.choices[1].next = 'nowhere'),
			'ref.step',
			'scenarios[0].steps.decide.choices[1].next'
		],
		[
			'id named like an Object.prototype member',
			(p) => (steps(p).brief.next = 'toString'),
			'schema.id',
			'scenarios[0].steps.brief.next'
		],
		[
			'unknown actor',
			(p) => (steps(p).partners.options[0].actor = 'mi6'),
			'ref.actor',
			'scenarios[0].steps.partners.options[0].actor'
		],
		[
			'unknown question actor',
			(p) => (p.questions[0].actors = ['mi6']),
			'ref.actor',
			'questions[0].actors[0]'
		],
		[
			'unknown topic',
			(p) => (p.questions[0].topics = ['nope']),
			'ref.topic',
			'questions[0].topics[0]'
		],
		[
			'unknown scenario topic',
			(p) => (p.scenarios[0].topics = ['nope']),
			'ref.topic',
			'scenarios[0].topics[0]'
		],
		[
			'unknown citation source',
			(p) => (p.questions[0].citation.source = 'nope'),
			'ref.source',
			'questions[0].citation.source'
		],
		[
			'unknown asset',
			(p) => (steps(p).brief.image = { asset: 'map', alt: t('Carte') }),
			'ref.asset',
			'scenarios[0].steps.brief.image.asset'
		],
		[
			'unknown variable in condition',
			(p) => (steps(p).quiz.next[0].when.all[0].var = 'nope'),
			'ref.variable',
			'scenarios[0].steps.quiz.next[0].when.all[0].var'
		],
		[
			'unknown variable in effects',
			(p) => (steps(p).decide.choices[0].effects = { add: { nope: 1 } }),
			'ref.variable',
			'scenarios[0].steps.decide.choices[0].effects.add.nope'
		],
		[
			'unknown choice in condition',
			(p) => (steps(p).quiz.next[0].when.all[1].chose.choice = 'nope'),
			'ref.choice',
			'scenarios[0].steps.quiz.next[0].when.all[1].chose.choice'
		],
		[
			'condition on a step of the wrong kind',
			(p) => (steps(p).partners.next[0].when = { missedEssential: 'decide' }),
			'ref.step-kind',
			'scenarios[0].steps.partners.next[0].when.missedEssential'
		],
		[
			'selected actor not offered',
			(p) => (steps(p).partners.next[0].when = { selected: { step: 'partners', actor: 'vsse' } }),
			'ref.partner-option',
			'scenarios[0].steps.partners.next[0].when.selected.actor'
		],
		[
			'pack actor clashing with the catalogue',
			(p) =>
				(p.actors = [{ id: 'vsse', kind: 'foreign', acronym: t('X'), name: t('X'), role: t('X') }]),
			'actor.catalogue-clash',
			'actors[0].id'
		],
		// graph
		[
			'unreachable step',
			(p) => (steps(p).orphan = { kind: 'briefing', text: t('Seul'), next: 'end-good' }),
			'graph.unreachable',
			'scenarios[0].steps.orphan'
		],
		[
			'step with no way to an ending',
			drafted('graph.loop'),
			'graph.loop',
			'scenarios[0].steps.dead3'
		],
		[
			'decision choice leading nowhere',
			(p) => delete steps(p).decide.next,
			'graph.missing-next',
			'scenarios[0].steps.decide.choices[0]'
		],
		[
			'fallback transition not last',
			(p) => steps(p).partners.next.reverse(),
			'graph.fallback-not-last',
			'scenarios[0].steps.partners.next[0]'
		],
		[
			'last transition with a condition',
			(p) => (steps(p).partners.next = [steps(p).partners.next[0]]),
			'graph.no-fallback',
			'scenarios[0].steps.partners.next[0]'
		],
		[
			'fewer than three endings',
			drafted('graph.too-few-endings'),
			'graph.too-few-endings',
			'scenarios[0].steps'
		],
		// translations and Markdown
		['missing translation', (p) => delete p.title.nl, 'text.missing-translation', 'title'],
		[
			'empty translation',
			(p) => (p.questions[0].prompt.fr = '  '),
			'text.empty',
			'questions[0].prompt.fr'
		],
		[
			'translation missing deep in a step',
			(p) => delete steps(p).decide.choices[1].consequence.nl,
			'text.missing-translation',
			'scenarios[0].steps.decide.choices[1].consequence'
		],
		['raw HTML', (p) => (p.description.fr = 'Voir <b>ici</b>'), 'md.html', 'description.fr'],
		[
			'script in a choice label',
			(p) => (steps(p).decide.choices[0].label.nl = '<script>alert(1)</script>'),
			'md.html',
			'scenarios[0].steps.decide.choices[0].label.nl'
		],
		[
			'http link',
			(p) => (p.description.fr = '[VSSE](http://vsse.be)'),
			'md.link',
			'description.fr'
		],
		[
			'javascript link',
			(p) => (p.description.nl = '[x](javascript:alert(1))'),
			'md.link',
			'description.nl'
		],
		[
			'external image',
			(p) => (p.questions[0].explanation.fr = '![x](https://evil.example/x.png)'),
			'md.image',
			'questions[0].explanation.fr'
		],
		// scoring
		[
			'single question with two correct options',
			(p) => (p.questions[0].options[1].correct = true),
			'score.single-correct',
			'questions[0].options'
		],
		[
			'multiple question with no correct option',
			(p) => p.questions[1].options.forEach((o: Raw) => (o.correct = false)),
			'score.multiple-none-correct',
			'questions[1].options'
		],
		[
			'decision where no choice scores',
			(p) => steps(p).decide.choices.forEach((c: Raw) => (c.points = 0)),
			'score.decision-no-points',
			'scenarios[0].steps.decide.choices'
		],
		[
			'partners with no essential option',
			(p) => (steps(p).partners.options[0].rating = 'useful'),
			'score.partners-no-essential',
			'scenarios[0].steps.partners.options'
		],
		[
			'pass mark above 100',
			(p) => (p.options.passMark = 120),
			'score.pass-mark',
			'options.passMark'
		],
		[
			'variable starting outside its range',
			(p) => (p.scenarios[0].variables.trust.initial = 9),
			'var.range',
			'scenarios[0].variables.trust'
		],
		[
			'too many variables shown',
			drafted('var.shown-many'),
			'var.shown-many',
			'scenarios[0].variables'
		],
		[
			'condition nested too deep',
			drafted('condition.too-deep'),
			'condition.too-deep',
			'scenarios[0].steps.partners.next[0].when.not.not.not.not.not.not.not.not'
		]
	];

	it.each(cases)('reports %s', (_name, mutate, code, path) => {
		expect(issuesOf(mutate)).toContainEqual(expect.objectContaining({ code, path }));
	});

	it('reports shape errors with readable paths', () => {
		const issues = issuesOf((p) => {
			delete p.title;
			steps(p).brief.nxt = 's2';
			p.questions[0].kind = 'essay';
			p.estimatedMinutes = 'ten';
		});
		expect(issues).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ code: 'schema.required', path: 'title' }),
				expect.objectContaining({
					code: 'schema.unknown-key',
					path: 'scenarios[0].steps.brief.nxt'
				}),
				expect.objectContaining({ code: 'schema.kind', path: 'questions[0].kind' }),
				expect.objectContaining({ code: 'schema.type', path: 'estimatedMinutes' })
			])
		);
	});

	it('still checks the meaning of valid parts when another part has a shape error', () => {
		const issues = issuesOf((p) => {
			p.questions[0].kind = 'essay';
			p.questions[1].options.forEach((o: Raw) => (o.correct = false));
			steps(p).brief.next = 'nowhere';
		});
		expect(issues.map((i) => i.code)).toEqual(
			expect.arrayContaining(['schema.kind', 'score.multiple-none-correct', 'ref.step'])
		);
		expect(issues).toContainEqual(expect.objectContaining({ path: 'questions[1].options' }));
	});

	it('checks scenarios and questions even when the pack header is broken', () => {
		const issues = issuesOf((p) => {
			delete p.title;
			p.topics = 'not a list';
			steps(p).brief.next = 'nowhere';
		});
		expect(issues.map((i) => [i.code, i.path])).toEqual(
			expect.arrayContaining([
				['schema.required', 'title'],
				['schema.type', 'topics'],
				['ref.step', 'scenarios[0].steps.brief.next']
			])
		);
		// Topic references cannot be judged against a broken topic list.
		expect(issues.map((i) => i.code)).not.toContain('ref.topic');
	});

	it('reports a condition it cannot read at the condition itself', () => {
		const issues = issuesOf((p) => (steps(p).partners.next[0].when = { foo: 1 }));
		expect(issues).toEqual([
			expect.objectContaining({
				code: 'schema.condition',
				path: 'scenarios[0].steps.partners.next[0].when'
			})
		]);
	});

	it('requires both languages and three endings for built-in packs only', () => {
		const mono = (p: Raw) => {
			p.languages = ['fr'];
			delete steps(p)['end-mid'];
			steps(p).quiz.next.splice(1, 1);
		};
		const imported = validatePack(
			(() => {
				const p = makeRawPack();
				mono(p);
				return p;
			})()
		);
		expect(imported.ok).toBe(true);
		const builtIn = issuesOf(mono, { builtIn: true });
		expect(builtIn.map((i) => [i.code, i.severity])).toEqual(
			expect.arrayContaining([
				['pack.languages-builtin', 'error'],
				['graph.too-few-endings', 'error']
			])
		);
	});

	it('does not check translations the pack does not declare', () => {
		const result = validatePack(
			makePack({ languages: ['fr'], title: { fr: 'Seulement en français' } })
		);
		expect(result.ok).toBe(true);
	});

	it('refuses reserved keys and never lets them reach the prototype', () => {
		const pack = makeRawPack();
		// JSON.parse makes `__proto__` an own key, as a hostile imported file would.
		const scenario = (pack.scenarios as Raw)[0];
		scenario.steps = Object.assign(JSON.parse('{"__proto__": {"polluted": true}}'), scenario.steps);
		(pack as Raw).constructor = { prototype: { polluted: true } };
		const result = validatePack(pack);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toContainEqual(
			expect.objectContaining({ code: 'input.reserved-key', path: 'scenarios[0].steps.__proto__' })
		);
		expect(result.issues).toContainEqual(
			expect.objectContaining({ code: 'input.reserved-key', path: 'constructor' })
		);
		expect(({} as Raw).polluted).toBeUndefined();
	});

	it('stops before schema validation on input nested too deep', () => {
		let deep: Raw = 'x';
		for (let i = 0; i < 10_000; i++) deep = [deep];
		const result = validatePack({ ...makeRawPack(), extra: deep });
		expect(result).toEqual({
			ok: false,
			issues: [expect.objectContaining({ code: 'input.too-deep' })]
		});
	});

	it.each([null, undefined, 42, 'pack', [], true])('rejects %j without throwing', (input) => {
		const result = validatePack(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
	});

	it('warns about bank questions without topics and long quotes', () => {
		const issues = issuesOf((p) => {
			p.questions[0].topics = [];
			p.questions[1].citation.quote = 'x'.repeat(250);
		});
		expect(issues).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ code: 'question.no-topics', severity: 'warning' }),
				expect.objectContaining({ code: 'citation.long', severity: 'warning' })
			])
		);
	});
});
