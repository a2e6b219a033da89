/** SCORM's time formats: 1.2 CMITimespan / CMITime, 2004 ISO 8601 durations and timestamps. */

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** 1.2 CMITimespan `HHHH:MM:SS.SS` (hours capped at 9999, as the type allows no more). */
export function timespan12(ms: number): string {
	const centis = Math.max(0, Math.round(ms / 10));
	const hours = Math.min(9999, Math.floor(centis / 360_000));
	const minutes = Math.floor(centis / 6_000) % 60;
	const seconds = (centis % 6_000) / 100;
	return `${pad(hours, 4)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** 2004 timeinterval (second,10,2): `PT1H2M3.45S`. */
export function duration2004(ms: number): string {
	const centis = Math.max(0, Math.round(ms / 10));
	const hours = Math.floor(centis / 360_000);
	const minutes = Math.floor(centis / 6_000) % 60;
	const seconds = (centis % 6_000) / 100;
	return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

/** 1.2 CMITime `HH:MM:SS`, in UTC (the LMS's clock is unknown). */
export function time12(at: number): string {
	return new Date(at).toISOString().slice(11, 19);
}

/** 2004 time (second,10,0): `2026-12-07T17:30:00Z`, to the second. */
export function timestamp2004(at: number): string {
	return new Date(at).toISOString().slice(0, 19) + 'Z';
}

/** Milliseconds of a 1.2 CMITimespan (`HHHH:MM:SS.SS`), or null when it is not one. */
export function parseTimespan12(text: string): number | null {
	const m = /^(\d{2,4}):([0-5]\d):([0-5]\d(?:\.\d{1,2})?)$/.exec(text.trim());
	if (!m) return null;
	return Math.round((Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) * 1000);
}

/** Milliseconds of a 2004 timeinterval (`P[nD]T[nH][nM][nS]`, no years or months), or null. */
export function parseDuration2004(text: string): number | null {
	const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text.trim());
	if (!m || text.trim() === 'P' || text.trim().endsWith('T')) return null;
	const [, d = '0', h = '0', min = '0', s = '0'] = m;
	return Math.round(((Number(d) * 24 + Number(h)) * 3600 + Number(min) * 60 + Number(s)) * 1000);
}
