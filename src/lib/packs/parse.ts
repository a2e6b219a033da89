/**
 * Turns the text of a pack file (YAML, or JSON which is also YAML) into a validated pack.
 * The size is checked before any parsing; YAML is read with the plain core schema (no custom
 * tags, no merge keys), unique keys and a small alias budget.
 */
import { isCollection, isScalar, parseDocument, visit } from 'yaml';
import { issue, type PackIssue } from './issues';
import { LIMITS } from './limits';
import { validatePack, type ValidateOptions, type ValidationResult } from './validate';

// C0 controls other than tab, line feed and carriage return never occur in a text pack.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

function fail(...issues: PackIssue[]): ValidationResult {
	return { ok: false, issues };
}

function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) bytes += 1;
		else if (c < 0x800) bytes += 2;
		else if (c >= 0xd800 && c <= 0xdbff) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

function lineCol(text: string, offset: number): { line: number; col: number } {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, col: before.at(-1)!.length + 1 };
}

/** Engines word JSON errors differently; take the line/column or offset when one is given. */
function jsonErrorPosition(text: string, message: string): Record<string, number> {
	const given = /line (\d+) column (\d+)/i.exec(message);
	if (given) return { line: Number(given[1]), col: Number(given[2]) };
	const offset = /position (\d+)/i.exec(message);
	if (!offset) return { line: 0, col: 0 };
	return lineCol(text, Number(offset[1]));
}

function parseJson(text: string): { value: unknown } | { issue: PackIssue } {
	try {
		return { value: JSON.parse(text) as unknown };
	} catch (error) {
		const message = error instanceof Error ? error.message : '';
		return { issue: issue('', 'input.syntax', jsonErrorPosition(text, message)) };
	}
}

function parseYaml(text: string): { value: unknown } | { issue: PackIssue } {
	const doc = parseDocument(text, {
		schema: 'core',
		customTags: [],
		merge: false,
		resolveKnownTags: false,
		uniqueKeys: true,
		strict: true,
		prettyErrors: false
	});
	const error = doc.errors[0];
	if (error) {
		const code = error.code === 'DUPLICATE_KEY' ? 'input.duplicate-key' : 'input.syntax';
		return { issue: issue('', code, lineCol(text, error.pos[0])) };
	}
	// Any explicit tag (`!!binary`, `!custom`…) is refused: packs are plain data.
	let tagged: { line: number; col: number } | undefined;
	visit(doc, (_key, node) => {
		if ((isScalar(node) || isCollection(node)) && node.tag) {
			tagged = lineCol(text, node.range?.[0] ?? 0);
			return visit.BREAK;
		}
		return undefined;
	});
	if (tagged) return { issue: issue('', 'input.tag', tagged) };
	try {
		return { value: doc.toJS({ maxAliasCount: LIMITS.maxAliasCount }) as unknown };
	} catch {
		return { issue: issue('', 'input.aliases', { max: LIMITS.maxAliasCount }) };
	}
}

/** Parses and validates a pack file's text. `fileName` selects JSON parsing for `.json`. */
export function parsePackText(
	text: string,
	fileName: string,
	options: ValidateOptions = {}
): ValidationResult {
	try {
		// A UTF-8 character is at least one byte: the cheap test first, the exact one after.
		if (text.length > LIMITS.maxFileBytes || utf8Length(text) > LIMITS.maxFileBytes) {
			return fail(issue('', 'input.too-large', { max: LIMITS.maxFileBytes }));
		}
		if (BINARY.test(text)) return fail(issue('', 'input.binary'));
		const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
		const parsed = /\.json$/i.test(fileName) ? parseJson(source) : parseYaml(source);
		if ('issue' in parsed) return fail(parsed.issue);
		return validatePack(parsed.value, options);
	} catch (error) {
		const message = error instanceof Error ? error.message.slice(0, 200) : 'unknown';
		return fail(issue('', 'internal.error', { message }));
	}
}

/** Same, from raw bytes (an imported file): the size is checked before decoding. */
export function parsePackBytes(
	bytes: Uint8Array,
	fileName: string,
	options: ValidateOptions = {}
): ValidationResult {
	if (bytes.length > LIMITS.maxFileBytes) {
		return fail(issue('', 'input.too-large', { max: LIMITS.maxFileBytes }));
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return fail(issue('', 'input.binary'));
	}
	return parsePackText(text, fileName, options);
}
