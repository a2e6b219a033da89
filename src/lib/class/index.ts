/**
 * Class debrief: trainees' results travel to the instructor by QR code, file or link, with no
 * server. Pure TypeScript: the format, its codec and checks, QR sequences, the class view and CSV.
 */
export * from './format';
export * from './codec';
export * from './chunks';
export * from './session';
export * from './check';
export * from './from-run';
export * from './aggregate';
export * from './csv';
