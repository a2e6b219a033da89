/**
 * For each problem code the pack editor can list, a change to the factory pack that makes the
 * validator report it. Keyed by the code union, and checked against ISSUE_CODES by the editor's
 * problem-focus test: a new code needs a draft here (or a reason below) before that test passes.
 */
import type { IssueCode } from '../../src/lib/packs/issues';
import { LIMITS } from '../../src/lib/packs/limits';
import { t } from './packs';

// The factory's JSON is changed freely here, into shapes the types forbid.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;
const steps = (p: Raw) => p.scenarios[0].steps;

/** A PNG header (signature + IHDR) declaring the given size, with no pixel data. */
function pngHeader(width: number, height: number): string {
	const bytes = new Uint8Array(24);
	bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
	const view = new DataView(bytes.buffer);
	view.setUint32(16, width);
	view.setUint32(18 + 2, height);
	return `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`;
}

export const PROBLEM_DRAFTS: Partial<Record<IssueCode, (p: Raw) => void>> = {
	'input.too-deep': (p) => {
		let deep: Raw = 'x';
		for (let i = 0; i < LIMITS.maxDepth + 1; i++) deep = [deep];
		p.questions[0].extra = deep;
	},
	'input.too-long': (p) => (p.questions[0].topics = Array(LIMITS.maxQuestions + 1).fill('liaison')),
	'input.reserved-key': (p) =>
		Object.defineProperty(p.questions[0], '__proto__', { value: {}, enumerable: true }),
	'schema.required': (p) => delete p.questions[0].prompt,
	'schema.unknown-key': (p) => (p.questions[0].colour = 'red'),
	'schema.type': (p) => (p.questions[0].prompt = 42),
	'schema.enum': (p) => (p.questions[0].difficulty = 'impossible'),
	'schema.kind': (p) => (p.questions[0].kind = 'essay'),
	'schema.min-length': (p) => (p.questions[0].options = []),
	'schema.max-length': (p) => (p.sources[0].title = 'x'.repeat(LIMITS.maxShortLength + 1)),
	'schema.min-value': (p) => (p.questions[6].tolerance = -1),
	'schema.max-value': (p) => (steps(p).decide.choices[0].points = 1000),
	'schema.integer': (p) => (steps(p).decide.choices[0].points = 1.5),
	'schema.number': (p) => (p.questions[6].answer = Infinity),
	'schema.id': (p) => (p.questions[0].id = 'not an id'),
	'schema.pack-id': (p) => (p.id = 'Not A Pack'),
	'schema.semver': (p) => (p.version = 'one'),
	'schema.date': (p) => (p.sources[0].date = 'yesterday'),
	'schema.https': (p) => (p.sources[0].url = 'http://example.org'),
	'schema.data-uri': (p) => (p.assets = { map: 'https://example.org/map.png' }),
	'schema.comparison': (p) => (steps(p).partners.next[0].when = { var: 'trust' }),
	'schema.condition': (p) => (steps(p).partners.next[0].when = { weather: 'rain' }),
	'schema.invalid': (p) => (steps(p).brief.next = 42),
	'id.duplicate': (p) => (p.questions[1].id = p.questions[0].id),
	'ref.step': (p) => (steps(p).order.next = 'ghost'),
	'ref.choice': (p) => (steps(p).quiz.next[0].when.all[1].chose.choice = 'nope'),
	'ref.variable': (p) => (steps(p).decide.choices[0].effects = { add: { nope: 1 } }),
	'ref.actor': (p) => (steps(p).partners.options[0].actor = 'mi6'),
	'ref.partner-option': (p) =>
		(steps(p).partners.next[0].when = { selected: { step: 'partners', actor: 'vsse' } }),
	'ref.topic': (p) => (p.questions[0].topics = ['nope']),
	'ref.source': (p) => (p.questions[0].citation.source = 'nope'),
	'ref.asset': (p) => (steps(p).brief.image = { asset: 'map', alt: t('Carte') }),
	'ref.step-kind': (p) => (steps(p).partners.next[0].when = { missedEssential: 'decide' }),
	'asset.unreadable': (p) => (p.assets = { map: 'data:image/png;base64,AAAA' }),
	'asset.too-many-pixels': (p) => (p.assets = { map: pngHeader(20_000, 20_000) }),
	'actor.catalogue-clash': (p) =>
		(p.actors = [{ id: 'vsse', kind: 'foreign', acronym: t('X'), name: t('X'), role: t('X') }]),
	'graph.unreachable': (p) =>
		(steps(p).orphan = { kind: 'briefing', text: t('Seul'), next: 'end-good' }),
	'graph.no-ending': (p) => {
		steps(p).brief.next = 'dead';
		steps(p).dead = { kind: 'briefing', text: t('Impasse'), next: 'dead2' };
		steps(p).dead2 = { kind: 'briefing', text: t('Impasse'), next: 'dead' };
	},
	'graph.loop': (p) => {
		steps(p).brief.next = 'dead';
		steps(p).dead = { kind: 'briefing', text: t('Impasse'), next: 'dead2' };
		steps(p).dead2 = { kind: 'briefing', text: t('Impasse'), next: 'dead3' };
		steps(p).dead3 = { kind: 'briefing', text: t('Impasse'), next: 'decide' };
		steps(p).decide.next = 'dead3';
		steps(p).decide.choices[1].next = 'dead3';
		steps(p).decide.choices[0].next = 'dead3';
	},
	'graph.missing-next': (p) => delete steps(p).decide.next,
	'graph.fallback-not-last': (p) => steps(p).partners.next.reverse(),
	'graph.no-fallback': (p) => (steps(p).partners.next = [steps(p).partners.next[0]]),
	'graph.too-few-endings': (p) => {
		delete steps(p)['end-mid'];
		steps(p).quiz.next.splice(1, 1);
	},
	'text.missing-translation': (p) => (p.questions[0].prompt = { fr: 'Seulement en français' }),
	'text.empty': (p) => (p.questions[0].prompt.fr = '  '),
	'md.html': (p) => (p.description.fr = 'Voir <b>ici</b>'),
	'md.link': (p) => (p.description.fr = '[VSSE](http://vsse.be)'),
	'md.image': (p) => (p.questions[0].explanation.fr = '![x](https://evil.example/x.png)'),
	'md.too-many-markers': (p) => (p.questions[0].explanation.fr = '*a* '.repeat(3000)),
	'md.too-deep': (p) => (p.questions[0].explanation.fr = `${'> '.repeat(60)}x`),
	'score.single-correct': (p) => (p.questions[0].options[1].correct = true),
	'score.multiple-none-correct': (p) =>
		p.questions[1].options.forEach((o: Raw) => (o.correct = false)),
	'score.decision-no-points': (p) => steps(p).decide.choices.forEach((c: Raw) => (c.points = 0)),
	'score.partners-no-essential': (p) => (steps(p).partners.options[0].rating = 'useful'),
	'score.pass-mark': (p) => (p.options.passMark = 120),
	'score.weights-sum': (p) => (p.questions[1].options[0].weight = 10),
	'var.range': (p) => (p.scenarios[0].variables.trust.initial = 9),
	'var.shown-many': (p) => {
		for (let i = 0; i <= LIMITS.maxShownVariables; i++) {
			p.scenarios[0].variables[`v${i}`] = {
				initial: 0,
				min: 0,
				max: 1,
				label: t('V'),
				shown: true
			};
		}
	},
	'condition.too-deep': (p) => {
		let when: Raw = { var: 'trust', gte: 1 };
		for (let i = 0; i < LIMITS.maxConditionDepth + 1; i++) when = { not: when };
		steps(p).partners.next[0].when = when;
	},
	'limit.steps': (p) => {
		for (let i = 0; i < LIMITS.maxStepsPerScenario; i++) {
			steps(p)[`b${i}`] = { kind: 'briefing', text: t('Encore'), next: 'end-good' };
		}
	},
	'question.no-topics': (p) => (p.questions[0].topics = []),
	'citation.long': (p) => (p.questions[0].citation.quote = 'x'.repeat(LIMITS.maxQuoteLength - 10))
};

/** Codes the editor never lists, and why: its draft is an object built by its own forms. */
export const NOT_IN_EDITOR: Partial<Record<IssueCode, string>> = {
	'input.too-large': 'raw file bytes, checked before a file is read into a draft',
	'input.syntax': 'YAML/JSON syntax, only when a file is parsed',
	'input.duplicate-key': 'a key twice in a YAML/JSON file, only when parsed',
	'input.tag': 'YAML tags, only when a file is parsed',
	'input.binary': 'a binary file, only when a file is read',
	'input.too-many-nodes': `over ${LIMITS.maxNodes} values: refused when a file is read, out of reach of the forms`,
	'limit.steps-total': `over ${LIMITS.maxStepsTotal} steps: refused when a file is read, out of reach of the forms`,
	'pack.languages-builtin':
		'built-in packs only (the build checks them); the editor checks user packs',
	'quote.not-found': 'source quote check of the content:quotes command',
	'quote.near-match': 'source quote check of the content:quotes command',
	'quote.no-source-file': 'source quote check of the content:quotes command',
	'quote.invalid-pack': 'source quote check of the content:quotes command',
	'internal.error': 'the validator failing on itself, never a property of a draft'
};
