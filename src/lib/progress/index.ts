/** The progress store's public API. See README.md. */
export { openProgress, getProgress, type OpenOptions, type OpenResult } from './open';
export { DEFAULT_DB_NAME, SCHEMA_VERSION, ProgressDb } from './db';
export {
	BackupInvalidError,
	ProgressError,
	PROGRESS_ERROR_CODES,
	toProgressError,
	type BackupInvalidReason,
	type ProgressErrorCode
} from './errors';
export { observe } from './live';
export { dashboardData, type DashboardData } from './dashboard';
export {
	requestPersistence,
	requestPersistenceOnce,
	persistenceStatus,
	storageEstimate,
	type PersistenceResult,
	type StorageEstimate
} from './persistence';
export {
	createProfile,
	deleteProfile,
	ensureProfile,
	getActiveProfile,
	listProfiles,
	renameProfile,
	resetProgress,
	setActiveProfile
} from './profiles';
export { GLOBAL_SCOPE, getSetting, setSetting } from './settings';
export {
	getPack,
	installPack,
	installPackBody,
	installPacks,
	listImportedPacks,
	setPackInPractice,
	questionIdsOf,
	removePack,
	type InstallReport,
	type PackToInstall
} from './packs';
export {
	deleteDraft,
	getDraft,
	listDrafts,
	saveDraft,
	type DraftRecord,
	type DraftSummary
} from './drafts';
export {
	addClassResults,
	deleteClassSession,
	getClassSession,
	listClassResults,
	listClassSessions,
	renameClassSession,
	saveClassSession,
	type ClassResultRecord
} from './classes';
export { rebuildCards, recordAnswer, type AnswerInput, type RecordedAnswer } from './answers';
export {
	endRun,
	listRuns,
	resumableRun,
	saveRunState,
	saveRunStep,
	startQuizRun,
	startRun,
	type SaveStepInput,
	type SavedStep,
	type StartedQuiz,
	type StartQuizInput,
	type StartRunInput,
	type StepInput
} from './runs';
export { nextDueAt, packProgress, type PackProgress } from './overview';
export {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	exportProfile,
	importBackup,
	parseBackup,
	type Backup,
	type ImportReport
} from './backup';
export {
	attemptHistory,
	dueCardList,
	dueCount,
	mistakes,
	streak,
	type AnswerStats,
	type Attempt,
	type Mistake,
	type QuestionLookup,
	type StepLookup,
	type Streak,
	type Tally
} from './queries';
export type {
	AnswerEvent,
	CardRecord,
	Json,
	PackRecord,
	StoredPack,
	PackSource,
	Profile,
	ProgressEvent,
	Run,
	RunKind,
	RunStatus,
	Setting,
	StepEvent
} from './records';
