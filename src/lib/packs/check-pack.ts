/** Meaning checks on the pack header and on questions (bank and embedded). */
import { checkUnique, checkUniqueEntries, type CheckContext } from './context.ts';
import type { PathSegment } from './issues.ts';
import type { Citation, Question } from './schema.ts';
import { IMAGE_LIMITS, imageRefusal } from './image-size.ts';

const LONG_QUOTE = 200;

export function checkCitation(ctx: CheckContext, c: Citation, path: readonly PathSegment[]): void {
	if (!ctx.sourceIds.has(c.source)) ctx.report([...path, 'source'], 'ref.source', { id: c.source });
	if (c.quote.length > LONG_QUOTE) {
		ctx.report(
			[...path, 'quote'],
			'citation.long',
			{ length: c.quote.length, max: LONG_QUOTE },
			'warning'
		);
	}
}

function checkIdRefs(
	ctx: CheckContext,
	ids: readonly string[],
	known: ReadonlySet<string>,
	path: readonly PathSegment[],
	code: 'ref.topic' | 'ref.actor'
): void {
	ids.forEach((id, i) => {
		if (!known.has(id)) ctx.report([...path, i], code, { id });
	});
}

export function checkQuestion(
	ctx: CheckContext,
	q: Question,
	path: readonly PathSegment[],
	inBank: boolean
): void {
	checkIdRefs(ctx, q.topics, ctx.topicIds, [...path, 'topics'], 'ref.topic');
	checkIdRefs(ctx, q.actors, ctx.actorIds, [...path, 'actors'], 'ref.actor');
	if (inBank && q.topics.length === 0)
		ctx.report(path, 'question.no-topics', { id: q.id }, 'warning');
	checkCitation(ctx, q.citation, [...path, 'citation']);
	switch (q.kind) {
		case 'single': {
			checkUnique(ctx, q.options, [...path, 'options']);
			const correct = q.options.filter((o) => o.correct).length;
			if (correct !== 1)
				ctx.report([...path, 'options'], 'score.single-correct', { count: correct });
			return;
		}
		case 'multiple': {
			checkUnique(ctx, q.options, [...path, 'options']);
			if (!q.options.some((o) => o.correct)) {
				ctx.report([...path, 'options'], 'score.multiple-none-correct');
			}
			// GIFT convention: the positive weights of the right answers add up to 100 %.
			if (q.options.some((o) => o.weight !== undefined)) {
				const sum = q.options.reduce((s, o) => s + Math.max(0, o.weight ?? 0), 0);
				if (Math.abs(sum - 100) > 0.5) {
					ctx.report([...path, 'options'], 'score.weights-sum', { sum }, 'warning');
				}
			}
			return;
		}
		case 'matching':
			checkUnique(ctx, q.pairs, [...path, 'pairs']);
			return;
		case 'ordering':
			checkUnique(ctx, q.items, [...path, 'items']);
			return;
		case 'truefalse':
		case 'short':
		case 'numeric':
			return;
		default:
			q satisfies never;
	}
}

export function checkPackHeader(ctx: CheckContext): void {
	const { pack } = ctx;
	const languages = pack.languages.map((id) => ({ id }));
	checkUnique(ctx, languages, ['languages'], null);
	if (ctx.builtIn && !(pack.languages.includes('fr') && pack.languages.includes('nl'))) {
		ctx.report(['languages'], 'pack.languages-builtin');
	}
	checkUnique(ctx, pack.topics, ['topics']);
	checkUnique(ctx, pack.sources, ['sources']);
	checkUnique(ctx, pack.actors, ['actors']);
	pack.actors.forEach((a, i) => {
		if (ctx.catalogueIds.has(a.id))
			ctx.report(['actors', i, 'id'], 'actor.catalogue-clash', { id: a.id });
	});
	for (const [key, uri] of Object.entries(pack.assets)) {
		const refusal = imageRefusal(uri);
		if (refusal) ctx.report(['assets', key], `asset.${refusal}`, { max: IMAGE_LIMITS.maxPixels });
	}
	const passMark = pack.options.passMark;
	if (passMark < 0 || passMark > 100) {
		ctx.report(['options', 'passMark'], 'score.pass-mark', { value: passMark });
	}
	checkUniqueEntries(ctx, ctx.questions, ['questions']);
	for (const [i, q] of ctx.questions) checkQuestion(ctx, q, ['questions', i], true);
}
