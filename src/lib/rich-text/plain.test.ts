import { describe, expect, it } from 'vitest';
import { isPlainText, plainText } from './plain';

describe('plainText', () => {
	it('keeps the words and drops the markup', () => {
		expect(plainText('La **VSSE** et le *SGRS* : [site](https://x.be)\n\n- un\n- deux')).toBe(
			'La VSSE et le SGRS : site un deux'
		);
	});
	it('leaves underscores inside words and lone asterisks alone', () => {
		expect(plainText('snake_case 3 * 4')).toBe('snake_case 3 * 4');
	});
});

describe('isPlainText', () => {
	it('takes a sentence without markup as it is', () => {
		expect(isPlainText("Quel service évalue la menace terroriste (OCAM) ? C'est l'un d'eux.")).toBe(
			true
		);
		expect(isPlainText('Combien de projets, en 2024 : 13, 14 ou 15 ?')).toBe(true);
	});

	it('leaves to the renderer whatever Markdown could change', () => {
		for (const text of [
			'Le **CCRS**',
			'*Plan R*',
			'snake_case',
			'Deux\nlignes',
			'- une puce',
			'1. un point',
			'# Titre',
			'> citation',
			'[lien](https://x.org)',
			'voir https://x.org',
			'voir www.x.org',
			'a@b.be',
			'&amp;',
			'<b>gras</b>',
			'`code`',
			'    code',
			'a | b',
			'~~barré~~',
			'\\*'
		]) {
			expect(isPlainText(text), text).toBe(false);
		}
	});
});
