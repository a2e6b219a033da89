/** Public entry point of the pack format: schema and types, validation, catalogue, messages. */
export * from './schema.ts';
export { validatePack, type ValidateOptions, type ValidationResult } from './validate.ts';
export { parsePackText, parsePackBytes, readPackText } from './parse.ts';
export {
	ISSUE_CODES,
	formatIssue,
	formatPath,
	interpolate,
	lookupMessage,
	type IssueCode,
	type MessageTree,
	type PackIssue,
	type Severity
} from './issues.ts';
export { CATALOGUE, actorsOf } from './catalogue.ts';
export { LIMITS } from './limits.ts';
