/**
 * What importing a question bank (GIFT, Aiken, Moodle XML) gives an instructor: pack questions in one language
 * (the other is filled in the editor; until then the validator lists the missing translations) and
 * the list of everything that could not be carried over, so nothing is dropped silently.
 */
import type { PackInput } from '$lib/packs/schema';

export type QuestionInput = NonNullable<PackInput['questions']>[number];
export type TopicInput = NonNullable<PackInput['topics']>[number];
export type ImportLang = 'fr' | 'nl';

/** Why (part of) a question could not be imported; the editor translates the code. */
export const SKIP_REASONS = [
	/** An essay question (`{}`): free text cannot be scored. */
	'essay',
	/** Text with no answer block: a description, not a question. */
	'description',
	/** The question could not be read (unclosed block, no answers…). */
	'syntax',
	/** A choice question with fewer than two options. */
	'too-few-options',
	/** A short answer worth partial credit: the pack format accepts an answer or not. */
	'partial-answer-dropped',
	/** A second numerical answer (partial credit) beside the right one. */
	'numeric-alternative-dropped',
	/** A matching distractor with no question side. */
	'matching-distractor-dropped',
	/** The feedback of an answer that was itself left out. */
	'feedback-dropped',
	/** Moodle's HTML formatting was reduced to plain text. */
	'html-stripped',
	/** A single-choice question giving partial credit: Liaison scores single choice right or wrong. */
	'single-partial-credit',
	/** A single-choice question with several full-credit answers. */
	'single-several-right',
	/** No answer gives full credit (or, for several answers, the positive weights miss 100 %). */
	'no-right-answer',
	/** A weight Moodle refuses (not one of its grades): Moodle would not import the question either. */
	'invalid-grade',
	/** A Moodle question type Liaison has no kind for (essay, cloze, calculated…). */
	'unsupported-kind',
	/** An image Liaison cannot embed (a web address, a file missing or over the size limit). */
	'image-dropped',
	/** A link that is not https: its text is kept. */
	'link-dropped',
	/** Markdown in a part Liaison shows as plain text (an option, a feedback). */
	'markdown-as-text',
	/** A short answer with Moodle's `*` wildcard: Liaison compares whole answers. */
	'wildcard-dropped',
	/** Feedback of a right answer shown with the explanation (short, numerical, matching). */
	'feedback-moved',
	/** A numerical unit: Liaison takes the number alone. */
	'unit-dropped',
	/** A case-sensitive Moodle short answer: Liaison ignores case (and accents, punctuation). */
	'case-ignored',
	/** A Moodle hint (shown between tries): Liaison gives one try and no hints. */
	'hint-dropped',
	/** Moodle's feedback for a right, partly right or wrong response as a whole. */
	'overall-feedback-dropped',
	/** A line outside any question (Aiken): an option or ANSWER line with no question, a title. */
	'stray-line',
	/** The file cannot be read safely (entities, nesting, size, binary): nothing was imported. */
	'file-refused'
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** How the import report files a reason: a part changed, a part dropped, or the question refused. */
export const CHANGED: ReadonlySet<SkipReason> = new Set([
	'html-stripped',
	'markdown-as-text',
	'feedback-moved',
	'link-dropped',
	'case-ignored'
]);
export function reportKind(s: Skipped): 'refused' | 'changed' | 'dropped' {
	if (!s.questionId) return 'refused';
	return CHANGED.has(s.reason) ? 'changed' : 'dropped';
}

export interface Skipped {
	/** 1-based line where the question starts. */
	line: number;
	title: string;
	reason: SkipReason;
	/** What was left out (the answer text, or the start of the question). */
	detail: string;
	/** Set when the question itself was imported and only a part of it was left out. */
	questionId?: string;
}

export interface QuestionImport {
	questions: QuestionInput[];
	/** Topics created from GIFT `$CATEGORY:` lines, referenced by the questions. */
	topics: TopicInput[];
	skipped: Skipped[];
	/** Images embedded by a Moodle XML file, as data: URIs, referred to as `asset:key`. */
	assets?: Record<string, string>;
	/** The line each imported question starts on, by question id (for the report). */
	lines?: Record<string, number>;
}

export interface ImportOptions {
	/** The language the bank is written in. */
	lang: ImportLang;
	/** Prefix of the generated question ids (`gift-1`, `gift-2`…). */
	idPrefix?: string;
	/** Source id put in every citation, for the instructor to complete with a quote. */
	source?: string;
}

export const text = (lang: ImportLang, value: string) => ({ [lang]: value });

/** The fields every imported question has; explanation and citation are for the author to fill. */
export function baseQuestion(id: string, lang: ImportLang, prompt: string, options: ImportOptions) {
	return {
		id,
		prompt: text(lang, prompt),
		topics: [] as string[],
		actors: [] as string[],
		explanation: text(lang, ''),
		citation: { source: options.source ?? '', quote: '' }
	};
}

/** `Services & tâches` → `services-taches`: a topic id from a category name. */
export function slug(name: string): string {
	const id = name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return id || 'topic';
}

export const optionId = (i: number) => String.fromCharCode(97 + (i % 26)) + (i >= 26 ? i : '');
