/**
 * validatePack: shape (valibot schema) and meaning (references, graph, scoring, texts) of an
 * untrusted pack. Reports every problem it can find at once and never throws.
 */
import * as v from 'valibot';
import { checkPackHeader } from './check-pack.ts';
import { checkScenarios } from './check-scenario.ts';
import { checkTexts } from './check-text.ts';
import { createContext } from './context.ts';
import { fromValibotIssues, issue, type PackIssue } from './issues.ts';
import { prescan } from './prescan.ts';
import {
	PackSchema,
	PackShellSchema,
	QuestionSchema,
	ScenarioSchema,
	type Actor,
	type Pack,
	type Question,
	type Scenario
} from './schema.ts';

export interface ValidateOptions {
	/** Built-in packs must be bilingual and every scenario needs three endings (else a warning). */
	builtIn?: boolean;
	/** The organisation catalogue (defaults to the app's). */
	catalogue?: readonly Actor[];
}

export type ValidationResult =
	{ ok: true; pack: Pack; warnings: PackIssue[] } | { ok: false; issues: PackIssue[] };

const SEVERITY_ORDER = { error: 0, warning: 1 } as const;

function finish(issues: PackIssue[], pack: Pack | undefined): ValidationResult {
	const errors = issues.some((i) => i.severity === 'error');
	if (!errors && pack) return { ok: true, pack, warnings: issues };
	const sorted = [...issues].sort(
		(a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
	);
	return { ok: false, issues: sorted.length ? sorted : [issue('', 'schema.invalid')] };
}

/** Keeps the scenarios and questions that pass the schema, with their index in the file. */
function validParts<T>(
	items: readonly unknown[],
	schema: v.GenericSchema<unknown, T>
): Array<readonly [number, T]> {
	const out: Array<readonly [number, T]> = [];
	items.forEach((item, i) => {
		const r = v.safeParse(schema, item);
		if (r.success) out.push([i, r.output]);
	});
	return out;
}

type Shell = v.InferOutput<typeof PackShellSchema>;

/** Neutral values for header fields that failed the schema: they make no check fire. */
const NEUTRAL: Partial<Record<keyof Shell, unknown>> = {
	languages: [],
	topics: [],
	sources: [],
	actors: [],
	assets: {},
	scenarios: [],
	questions: []
};

/**
 * The pack header field by field: a broken field is replaced by a neutral value (and named in
 * `broken`) so that the scenarios and questions can still be checked.
 */
function readShell(input: unknown): { output: Shell; broken: Set<string> } | undefined {
	const whole = v.safeParse(PackShellSchema, input);
	if (whole.success) return { output: whole.output, broken: new Set() };
	if (!input || typeof input !== 'object' || Array.isArray(input)) return undefined;
	const raw = input as Record<string, unknown>;
	const broken = new Set<string>();
	const output: Record<string, unknown> = {};
	for (const [key, schema] of Object.entries(PackShellSchema.entries)) {
		const field = v.safeParse(schema, Object.hasOwn(raw, key) ? raw[key] : undefined);
		if (field.success) output[key] = field.output;
		else {
			broken.add(key);
			output[key] = NEUTRAL[key as keyof Shell] ?? v.getDefault(schema);
		}
	}
	if (broken.has('options')) output.options = v.parse(PackShellSchema.entries.options, undefined);
	// Every field is either valid or replaced by a value of the right type.
	return { output: output as Shell, broken };
}

function run(input: unknown, options: ValidateOptions): ValidationResult {
	const scan = prescan(input);
	if (scan.fatal) return finish(scan.issues, undefined);

	const full = v.safeParse(PackSchema, input);
	let pack: Pack;
	let scenarios: Array<readonly [number, Scenario]>;
	let questions: Array<readonly [number, Question]>;
	const issues = [...scan.issues];
	let broken: ReadonlySet<string> = new Set();
	if (full.success) {
		pack = full.output;
		scenarios = pack.scenarios.map((s, i) => [i, s] as const);
		questions = pack.questions.map((q, i) => [i, q] as const);
	} else {
		// A reserved key is already reported; valibot would add "unknown key" for it.
		const reserved = new Set(scan.issues.map((i) => i.path));
		issues.push(...fromValibotIssues(full.issues).filter((i) => !reserved.has(i.path)));
		// Meaning checks still run on the parts that have the right shape.
		const shell = readShell(input);
		if (!shell) return finish(issues, undefined);
		broken = shell.broken;
		scenarios = validParts(shell.output.scenarios, ScenarioSchema);
		questions = validParts(shell.output.questions, QuestionSchema);
		pack = {
			...shell.output,
			scenarios: scenarios.map(([, s]) => s),
			questions: questions.map(([, q]) => q)
		};
	}
	const ctx = createContext(pack, scenarios, questions, { ...options, broken });
	checkPackHeader(ctx);
	checkScenarios(ctx);
	checkTexts(ctx);
	issues.push(...ctx.issues);
	return finish(issues, full.success ? pack : undefined);
}

export function validatePack(input: unknown, options: ValidateOptions = {}): ValidationResult {
	try {
		return run(input, options);
	} catch (error) {
		// A bug in a check must not let an untrusted pack crash the app; tests assert it never happens.
		const message = error instanceof Error ? error.message.slice(0, 200) : 'unknown';
		return { ok: false, issues: [issue('', 'internal.error', { message })] };
	}
}
