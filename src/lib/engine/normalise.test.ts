import { describe, expect, it } from 'vitest';
import { compactText, matchAccepted, normaliseText } from './normalise';

describe('normaliseText', () => {
	it('lowers case, strips accents and punctuation, collapses spaces', () => {
		expect(normaliseText("  Sûreté de l'État !  ")).toBe('surete de l etat');
		expect(normaliseText('Organe   de\tcoordination')).toBe('organe de coordination');
		expect(normaliseText('Œuvre — ÆGIS')).toBe('oeuvre aegis');
	});

	it('treats typographic apostrophes like plain ones', () => {
		expect(normaliseText('l’OCAM')).toBe(normaliseText("l'OCAM"));
	});
});

describe('matchAccepted', () => {
	const accepted = ['OCAM', 'OCAD', "Organe de coordination pour l'analyse de la menace"];

	it.each([
		'ocam',
		' O.C.A.M. ',
		'o c a m',
		'Ocad',
		'organe de coordination pour l’analyse de la menace'
	])('accepts %j', (given) => expect(matchAccepted(given, accepted)).not.toBeNull());

	it('returns the accepted form that matched', () => {
		expect(matchAccepted('ocad', accepted)).toBe('OCAD');
	});

	it.each(['', '   ', '...', 'OCA', 'VSSE'])('refuses %j', (given) => {
		expect(matchAccepted(given, accepted)).toBeNull();
	});

	it('compacts to letters and digits only', () => {
		expect(compactText('Plan R - 2024')).toBe('planr2024');
	});
});
