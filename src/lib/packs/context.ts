/** What the meaning checks share: the (possibly partial) pack, lookups and the issue list. */
import { CATALOGUE } from './catalogue.ts';
import {
	issue,
	type IssueCode,
	type PackIssue,
	type PathSegment,
	type Severity
} from './issues.ts';
import type { Actor, Pack, Question, Scenario } from './schema.ts';

export interface CheckContext {
	pack: Pack;
	/** Valid scenarios and questions with their index in the file (invalid ones are left out). */
	scenarios: ReadonlyArray<readonly [number, Scenario]>;
	questions: ReadonlyArray<readonly [number, Question]>;
	builtIn: boolean;
	catalogueIds: ReadonlySet<string>;
	actorIds: ReadonlySet<string>;
	topicIds: ReadonlySet<string>;
	sourceIds: ReadonlySet<string>;
	assetIds: ReadonlySet<string>;
	issues: PackIssue[];
	report(
		path: readonly PathSegment[],
		code: IssueCode,
		params?: Record<string, string | number>,
		severity?: Severity
	): void;
}

const DEPENDS_ON: Partial<Record<IssueCode, string>> = {
	'ref.topic': 'topics',
	'ref.source': 'sources',
	'ref.actor': 'actors',
	'ref.partner-option': 'actors',
	'actor.catalogue-clash': 'actors',
	'ref.asset': 'assets',
	'score.pass-mark': 'options',
	'pack.languages-builtin': 'languages'
};

export function createContext(
	pack: Pack,
	scenarios: ReadonlyArray<readonly [number, Scenario]>,
	questions: ReadonlyArray<readonly [number, Question]>,
	options: { builtIn?: boolean; catalogue?: readonly Actor[]; broken?: ReadonlySet<string> } = {}
): CheckContext {
	const broken = options.broken ?? new Set<string>();
	const catalogueIds = new Set((options.catalogue ?? CATALOGUE).map((a) => a.id));
	const issues: PackIssue[] = [];
	return {
		pack,
		scenarios,
		questions,
		builtIn: options.builtIn ?? false,
		catalogueIds,
		actorIds: new Set([...catalogueIds, ...pack.actors.map((a) => a.id)]),
		topicIds: new Set(pack.topics.map((t) => t.id)),
		sourceIds: new Set(pack.sources.map((s) => s.id)),
		assetIds: new Set(Object.keys(pack.assets)),
		issues,
		report(path, code, params, severity = 'error') {
			// A reference into a header field that failed the schema would only repeat that error.
			const dependsOn = DEPENDS_ON[code];
			if (dependsOn && broken.has(dependsOn)) return;
			issues.push(issue(path, code, params, severity));
		}
	};
}

/** Reports every id that occurs more than once (at the later occurrences). */
export function checkUnique(
	ctx: CheckContext,
	items: ReadonlyArray<{ id: string }>,
	path: readonly PathSegment[],
	field: string | null = 'id'
): void {
	checkUniqueEntries(
		ctx,
		items.map((item, i) => [i, item] as const),
		path,
		field
	);
}

/** Same, for items known by their index in the file (some may have been left out). */
export function checkUniqueEntries(
	ctx: CheckContext,
	entries: ReadonlyArray<readonly [number, { id: string }]>,
	path: readonly PathSegment[],
	field: string | null = 'id'
): void {
	const seen = new Set<string>();
	for (const [i, item] of entries) {
		if (seen.has(item.id)) {
			ctx.report(field ? [...path, i, field] : [...path, i], 'id.duplicate', { id: item.id });
		}
		seen.add(item.id);
	}
}
