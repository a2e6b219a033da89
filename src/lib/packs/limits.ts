/**
 * Size limits and identifier rules shared by the schema, the validator and the CLI.
 * Every pack is untrusted input: these bounds keep parsing and validation cheap and predictable.
 */
export const LIMITS = {
	/** Whole file, checked on the raw bytes before any parsing. */
	maxFileBytes: 4 * 1024 * 1024,
	/** Any plain or Markdown text. */
	maxTextLength: 20_000,
	/** Short single-line strings (titles, authors, accepted answers, ids…). */
	maxShortLength: 500,
	/** A citation quote (the style guide asks for ≤ ~200 characters). */
	maxQuoteLength: 400,
	/** One embedded image (a base64 data: URI). */
	maxAssetLength: 1_500_000,
	maxScenarios: 100,
	maxStepsPerScenario: 300,
	maxStepsTotal: 3_000,
	maxQuestions: 5_000,
	/** Choices, options, items, pairs, accepted answers, topics… in one list. */
	maxListLength: 200,
	/** Nesting of the raw document (objects and arrays), checked before schema validation. */
	maxDepth: 40,
	/** Nesting of `all`/`any`/`not` conditions. */
	maxConditionDepth: 8,
	/** Gauges shown at once above a step: more would crowd a 320 px screen. */
	maxShownVariables: 4,
	/**
	 * Total number of values in the raw document (objects, arrays, scalars). A YAML alias counts as
	 * often as it is used, so this also bounds a "billion laughs" document.
	 */
	maxNodes: 500_000
} as const;

/** Ids of everything inside a pack: letters, digits, `-` and `_`, starting with a letter or digit. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

/** Pack ids are kebab-case. */
export const PACK_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Semantic version `major.minor.patch` (pre-release tag allowed). */
export const SEMVER_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9a-z.-]+)?$/i;

/** Embedded images: raster only (an SVG can carry script). */
export const DATA_URI_PATTERN = /^data:image\/(?:png|jpeg|webp|gif);base64,[a-z0-9+/]+={0,2}$/i;

// Object.prototype has no prototype itself: its own names are all that `id in {}` would find.
// A set lookup is cheaper than `in` on a fresh string, and a large pack has some 20,000 ids.
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Names such as `constructor` or `toString` pass ID_PATTERN but would resolve to
 * Object.prototype members in a naive `map[id]` lookup; they are refused as ids.
 */
export function isSafeId(id: string): boolean {
	return ID_PATTERN.test(id) && !PROTOTYPE_KEYS.has(id);
}
