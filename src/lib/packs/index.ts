/** Public entry point of the pack format: schema and types, validation, catalogue, messages. */
export * from './schema';
export { validatePack, type ValidateOptions, type ValidationResult } from './validate';
export { parsePackText, parsePackBytes, readPackText } from './parse';
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
} from './issues';
export { CATALOGUE, actorsOf, catalogueActor } from './catalogue';
export { LIMITS } from './limits';
