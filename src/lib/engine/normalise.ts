/**
 * Text normalisation for short free-text answers: "Ocam", "O.C.A.M." and " ocam " are the same
 * answer, as are "Sûreté de l'État" and "surete de l etat".
 */

// Letters that NFD does not decompose into a base letter plus a combining mark.
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };
const LIGATURE_PATTERN = /[œæßøłđ]/g;

/** Lower case, accents stripped, punctuation turned into spaces, runs of spaces collapsed. */
export function normaliseText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(LIGATURE_PATTERN, (c) => LIGATURES[c] ?? c)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * The normalised text without any space: compared so that acronyms typed with dots or spaces
 * ("O.C.A.M", "o c a m") and elisions ("l'OCAM" / "l OCAM") still match.
 */
export function compactText(text: string): string {
	return normaliseText(text).replace(/ /g, '');
}

/** Whether `given` matches one of `accepted`; returns the first accepted form that matches. */
export function matchAccepted(given: string, accepted: readonly string[]): string | null {
	const key = compactText(given);
	if (key === '') return null;
	return accepted.find((form) => compactText(form) === key) ?? null;
}
