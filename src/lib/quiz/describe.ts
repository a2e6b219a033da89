import type { Answer, QuestionAnswer } from '$lib/engine';
import type { Lang } from '$lib/i18n/languages';
import { formatNumber } from '$lib/i18n/format';
import { localize } from '$lib/i18n/pack-text';
import type { LocalizedText, OrderItem, Question, Step } from '$lib/packs/schema';

/** Words for "true"/"false" and the list separator come from the UI strings. */
export interface DescribeWords {
	true: string;
	false: string;
	none: string;
}

const textOf = (items: readonly { id: string; text: LocalizedText }[], id: string, lang: Lang) =>
	localize(items.find((i) => i.id === id)?.text, lang) || id;
const orderText = (items: readonly OrderItem[], order: readonly string[], lang: Lang) =>
	order.map((id, i) => `${i + 1}. ${textOf(items, id, lang)}`).join(' · ');

/** A learner's (or the best) answer to a question, in words, for feedback and the debrief. */
export function describeQuestionAnswer(
	question: Question,
	answer: QuestionAnswer,
	lang: Lang,
	words: DescribeWords
): string {
	switch (answer.kind) {
		case 'single':
			return question.kind === 'single' ? textOf(question.options, answer.optionId, lang) : '';
		case 'multiple':
			if (question.kind !== 'multiple') return '';
			return (
				answer.optionIds.map((id) => textOf(question.options, id, lang)).join(' · ') || words.none
			);
		case 'truefalse':
			return answer.value ? words.true : words.false;
		case 'matching':
			if (question.kind !== 'matching') return '';
			return question.pairs
				.map((pair) => {
					const given = question.pairs.find((p) => p.id === answer.pairs[pair.id]);
					return `${localize(pair.left, lang)} → ${given ? localize(given.right, lang) : words.none}`;
				})
				.join(' · ');
		case 'ordering':
			return question.kind === 'ordering' ? orderText(question.items, answer.order, lang) : '';
		case 'short':
			return answer.text;
		case 'numeric':
			// Not grouped: a numeric answer is often a year ("2005", not "2 005").
			return `${formatNumber(answer.value, lang, { useGrouping: false, maximumFractionDigits: 6 })}${question.kind === 'numeric' && question.unit ? ` ${localize(question.unit, lang)}` : ''}`;
	}
}

/** A step answer in words; partner choices are shown organisation by organisation elsewhere. */
export function describeStepAnswer(
	step: Step,
	answer: Answer,
	lang: Lang,
	words: DescribeWords,
	actorName: (id: string) => string
): string {
	if (step.kind === 'decision' && answer.kind === 'decision') {
		return localize(step.choices.find((c) => c.id === answer.choiceId)?.label, lang);
	}
	if (step.kind === 'partners' && answer.kind === 'partners') {
		return answer.actors.map(actorName).join(' · ') || words.none;
	}
	if (step.kind === 'ordering' && answer.kind === 'ordering') {
		return orderText(step.items, answer.order, lang);
	}
	if (
		step.kind === 'question' &&
		answer.kind !== 'continue' &&
		answer.kind !== 'decision' &&
		answer.kind !== 'partners'
	) {
		return describeQuestionAnswer(step.question, answer, lang, words);
	}
	return '';
}

/** The author's notes on the options the learner chose (e.g. why that organisation is not the one). */
export function choiceFeedback(question: Question, answer: QuestionAnswer): LocalizedText[] {
	switch (answer.kind) {
		case 'single':
		case 'multiple': {
			if (question.kind !== 'single' && question.kind !== 'multiple') return [];
			const chosen = answer.kind === 'single' ? [answer.optionId] : answer.optionIds;
			return question.options.flatMap((o) =>
				chosen.includes(o.id) && o.feedback ? [o.feedback] : []
			);
		}
		case 'truefalse': {
			if (question.kind !== 'truefalse') return [];
			const note = answer.value ? question.feedbackTrue : question.feedbackFalse;
			return note ? [note] : [];
		}
		default:
			return [];
	}
}
