/**
 * Random pack questions for round-trip property tests (pack → GIFT/XML → import), and the
 * comparison that says two questions are the same for a learner in one language.
 */
import fc from 'fast-check';
import type { PackInput } from '../../src/lib/packs/schema';

type QuestionInput = NonNullable<PackInput['questions']>[number];
type Text = Record<string, string | undefined> | undefined;

// Every character GIFT, Markdown or XML treats specially, with ordinary letters and a new line.
const CHARS = 'aZé 0#=~{}:\\[]*_<>&%!-\n'.split('');
const raw = (chars: string[]) =>
	fc
		.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 12 })
		.map((cs) => cs.join('').trim())
		.filter((s) => s !== '');
const line = raw(CHARS.filter((c) => c !== '\n' && c !== '*')).filter((s) => !s.includes('->'));
const text = raw(CHARS);
const fr = (s: string) => ({ fr: s });

const common = (id: number) =>
	fc
		.record({ prompt: text.map(fr), explanation: fc.oneof(fc.constant(''), text).map(fr) })
		.map((c) => ({
			id: `q${id}`,
			topics: [] as string[],
			actors: [] as string[],
			citation: { source: '', quote: '' },
			...c
		}));

const option = (correct: boolean, i: number, weight?: number) =>
	fc.record({ t: text, f: fc.option(text, { nil: undefined }) }).map(({ t, f }) => ({
		id: String.fromCharCode(97 + i),
		text: fr(t),
		correct,
		...(weight !== undefined && { weight }),
		...(f && { feedback: fr(f) })
	}));

// Weight sets Moodle accepts: positive weights add up to 100 %, each is one of Moodle's grades.
const WEIGHTS = [
	[100, 0],
	[50, 50, -100],
	[50, 50, 0, 0],
	[25, 25, 50, -50, 0],
	[33.33333, 33.33333, 33.33333, -100]
];

export function questionArbitrary({ ordering = true } = {}): fc.Arbitrary<QuestionInput> {
	const kinds: fc.Arbitrary<QuestionInput>[] = [
		fc
			.tuple(common(1), fc.integer({ min: 2, max: 5 }), fc.nat())
			.chain(([c, n, right]) =>
				fc
					.tuple(...Array.from({ length: n }, (_, i) => option(i === right % n, i)))
					.map((options) => ({ ...c, kind: 'single' as const, options }))
			),
		fc
			.tuple(common(2), fc.array(fc.boolean(), { minLength: 2, maxLength: 6 }))
			.filter(([, flags]) => flags.some(Boolean))
			.chain(([c, flags]) =>
				fc
					.tuple(...flags.map((f, i) => option(f, i)))
					.map((options) => ({ ...c, kind: 'multiple' as const, options }))
			),
		fc
			.tuple(common(3), fc.constantFrom(...WEIGHTS))
			.chain(([c, ws]) =>
				fc
					.tuple(...ws.map((w, i) => option(w > 0, i, w)))
					.map((options) => ({ ...c, kind: 'multiple' as const, options }))
			),
		fc
			.tuple(common(4), fc.boolean(), fc.option(text), fc.option(text))
			.map(([c, answer, t, f]) => ({
				...c,
				kind: 'truefalse' as const,
				answer,
				...(t && { feedbackTrue: fr(t) }),
				...(f && { feedbackFalse: fr(f) })
			})),
		fc
			.tuple(common(5), fc.array(line, { minLength: 1, maxLength: 3 }))
			.map(([c, accepted]) => ({ ...c, kind: 'short' as const, accepted })),
		fc
			.tuple(
				common(6),
				fc.double({ noNaN: true, noDefaultInfinity: true }),
				fc.double({ min: 0, noNaN: true, noDefaultInfinity: true })
			)
			.map(([c, answer, tolerance]) => ({
				...c,
				kind: 'numeric' as const,
				answer: answer === 0 ? 0 : answer,
				tolerance: tolerance === 0 ? 0 : tolerance
			})),
		fc
			.tuple(common(7), fc.array(fc.tuple(line, text), { minLength: 2, maxLength: 4 }))
			.map(([c, pairs]) => ({
				...c,
				kind: 'matching' as const,
				pairs: pairs.map(([l, r], i) => ({
					id: `p${i + 1}`,
					left: fr(l),
					right: fr(r.replace(/\n/g, ' '))
				}))
			}))
	];
	if (ordering)
		kinds.push(
			fc.tuple(common(8), fc.array(text, { minLength: 2, maxLength: 5 })).map(([c, items]) => ({
				...c,
				kind: 'ordering' as const,
				items: items.map((t, i) => ({ id: `i${i + 1}`, text: fr(t) }))
			}))
		);
	return fc.oneof(...kinds);
}

/** What a learner sees and how they are scored, in one language; ids and metadata left out. */
export function comparable(q: QuestionInput, lang: 'fr' | 'nl'): unknown {
	const t = (x: Text) => x?.[lang] ?? '';
	const base = { kind: q.kind, prompt: t(q.prompt), explanation: t(q.explanation) };
	switch (q.kind) {
		case 'single':
		case 'multiple': {
			const right = q.options.filter((o) => o.correct).length;
			// Weights ±100/n are Liaison's unweighted scoring: both forms score alike.
			const plain = q.options.every(
				(o) =>
					o.weight === undefined || Math.abs(o.weight - (o.correct ? 100 : -100) / right) < 1e-3
			);
			return {
				...base,
				options: q.options.map((o) => ({
					text: t(o.text),
					correct: o.correct,
					weight: plain ? undefined : o.weight,
					feedback: t(o.feedback)
				}))
			};
		}
		case 'truefalse':
			return { ...base, answer: q.answer, onTrue: t(q.feedbackTrue), onFalse: t(q.feedbackFalse) };
		case 'short':
			return { ...base, accepted: q.accepted };
		case 'numeric':
			return { ...base, answer: q.answer, tolerance: q.tolerance ?? 0 };
		case 'matching':
			return { ...base, pairs: q.pairs.map((p) => [t(p.left), t(p.right)]) };
		case 'ordering':
			return { ...base, items: q.items.map((i) => t(i.text)) };
	}
}
