/**
 * Public entry point of the engine: answers, scoring, the scenario state machine, the debrief and
 * quiz scoring. Pure TypeScript, deterministic, with plain-JSON state.
 *
 * Scoring rules, in short:
 * - every quiz question is worth 1 point (QUESTION_MAX); partial credit to two decimals;
 * - multiple: GIFT weights if any option has one, else (right − wrong) / correct options, in [0, 1];
 * - matching: per correct pair; ordering: longest run in the right relative order, (kept−1)/(n−1);
 * - short: case, accents, punctuation and spaces ignored; numeric: within the tolerance;
 * - decision: the choice's points, max = best choice's points (the best choice is "correct");
 * - partners: +2 essential, +1 useful, −1 inappropriate picked, clamped to [0, 2·essential + useful];
 * - ordering step: (items kept in order − 1) points out of items − 1;
 * - percents are whole numbers in [0, 100]; a quiz passes when that percent ≥ the pass mark.
 */
export * from './answers';
export { normaliseText, compactText, matchAccepted } from './normalise';
export {
	scoreOrder,
	longestIncreasing,
	type OrderingItemDetail,
	type OrderingOutcome
} from './ordering';
export { percentOf, type Score } from './score';
export {
	QUESTION_MAX,
	scoreQuestion,
	isMismatch,
	type KindMismatch,
	type OptionDetail,
	type QuestionDetail,
	type QuestionScore
} from './questions';
export {
	PARTNER_POINTS,
	expectedAnswerKind,
	isStepScoreError,
	partnersMax,
	scoreStep,
	type PartnerLine,
	type StepDetail,
	type StepScore,
	type StepScoreError
} from './steps';
export { evaluate, compare, scorePercentSoFar, type ConditionContext } from './conditions';
export {
	MAX_HISTORY,
	RUN_STATE_VERSION,
	RUN_STATUSES,
	RunStateSchema,
	parseRunState,
	type HistoryEntry,
	type RunEnding,
	type RunState,
	type RunStatus,
	type RunTimeUp,
	type RunTiming
} from './state';
export {
	GRADE_FLOORS,
	gradeForPercent,
	isTimeUp,
	timingFor,
	unansweredMax,
	type Clock
} from './timer';
export {
	answer,
	applyEffects,
	currentStep,
	expireRun,
	findScenario,
	replay,
	resolveNext,
	resumeRun,
	rewindTo,
	startRun,
	type AnswerResult,
	type EngineError,
	type RunResult,
	type StartOptions
} from './scenario';
export { bestQuestionAnswer, bestStepAnswer } from './best';
export {
	lastChanges,
	shownChanges,
	shownVariables,
	varsTrail,
	type ShownVariable,
	type VariableChange
} from './stakes';
export {
	endingsOf,
	recordsByScenario,
	scenarioRecord,
	type EndingInfo,
	type Grade,
	type ScenarioRecord
} from './endings';
export { recordKey } from './record-key';
export {
	journey,
	progressRatio,
	remainingSteps,
	steadyProgress,
	successors,
	type SteadyProgress
} from './journey';
export { debrief, type Debrief, type DebriefLine, type DebriefPartnerLine } from './debrief';
export {
	DEFAULT_PASS_MARK,
	checkQuestionAnswer,
	quizTotals,
	type CheckedAnswer,
	type QuizTotals
} from './quiz';
