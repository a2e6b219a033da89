/**
 * Packs for the sharing and security journeys: a small playable pack, the same pack carrying
 * script payloads wherever the validator lets text through, and one full of raw HTML that the
 * validator must refuse.
 */
const SOURCE = '003_847f662f65abe501';
const QUOTE = "la VSSE dispose d'officiers de liaison auprès de la Police fédérale";

type Text = { fr: string; nl: string };
const both = (fr: string, nl = `${fr} (nl)`): Text => ({ fr, nl });

interface Texts {
	title: (part: string) => Text;
	plain: string;
	quote: string;
}

function pack(id: string, texts: Texts): Record<string, unknown> {
	const x = texts.title;
	return {
		format: 1,
		id,
		version: '1.0.0',
		title: x('Pack partagé'),
		description: x('Un petit pack reçu par un lien'),
		languages: ['fr', 'nl'],
		authors: [texts.plain],
		licence: texts.plain,
		topics: [{ id: 'liaison', label: x('Liaison') }],
		estimatedMinutes: 5,
		difficulty: 'beginner',
		sources: [{ id: SOURCE, title: texts.plain, publisher: texts.plain }],
		scenarios: [
			{
				id: 'court',
				title: x('Scénario court'),
				summary: x('Deux étapes'),
				topics: ['liaison'],
				difficulty: 'beginner',
				start: 'brief',
				steps: {
					brief: {
						kind: 'briefing',
						title: x('Briefing'),
						text: x('Une information arrive.'),
						next: 'decide'
					},
					decide: {
						kind: 'decision',
						text: x('Que faites-vous ?'),
						choices: [
							{ id: 'share', label: x('Partager'), points: 2, consequence: x('Bien') },
							{ id: 'keep', label: x('Garder'), points: 0, consequence: x('Dommage') }
						],
						explanation: x('Partager est essentiel.'),
						citation: { source: SOURCE, quote: texts.quote },
						next: 'end'
					},
					end: {
						kind: 'ending',
						outcome: 'success',
						grade: 'A',
						title: x('Fin'),
						text: x('Terminé')
					}
				}
			}
		],
		questions: [
			{
				id: 'q1',
				kind: 'short',
				prompt: x('Quel organe analyse la menace ?'),
				topics: ['liaison'],
				difficulty: 'easy',
				explanation: x('OCAM'),
				citation: { source: SOURCE, quote: texts.quote },
				accepted: ['OCAM', texts.plain.slice(0, 400)]
			}
		]
	};
}

export function smallPack(id = 'pack-partage'): Record<string, unknown> {
	return pack(id, { title: (s) => both(s), plain: 'Équipe Liaison', quote: QUOTE });
}

/** Payloads as plain strings (rendered as text) and as HTML entities (rendered by Markdown). */
export const PLAIN_PAYLOAD =
	'<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><svg onload="window.__pwned=3"></svg><iframe src="javascript:window.__pwned=4"></iframe><a href="javascript:window.__pwned=5">x</a> __proto__ constructor';
export const ENTITY_PAYLOAD =
	'&lt;script&gt;window.__pwned=6&lt;/script&gt; &#60;img src=x onerror=window.__pwned=7&#62; &lt;svg onload=alert(1)&gt;';

export function hostilePlayablePack(id = 'pack-hostile'): Record<string, unknown> {
	return pack(id, {
		title: (s) => both(`${s} ${ENTITY_PAYLOAD}`),
		plain: PLAIN_PAYLOAD,
		quote: PLAIN_PAYLOAD
	});
}

/** Raw HTML, javascript: links and prototype keys in every text: the validator refuses it all. */
export function hostileRefusedPack(id = 'pack-refuse'): Record<string, unknown> {
	const raw = `${PLAIN_PAYLOAD} [clic](javascript:window.__pwned=8) <javascript:alert(1)>`;
	const base = pack(id, { title: (s) => both(`${s} ${raw}`), plain: raw, quote: raw });
	return JSON.parse(
		JSON.stringify(base).replace('"format":1', '"__proto__":{"polluted":true},"format":1')
	) as Record<string, unknown>;
}

/** A pack file that is not valid: wrong format, bad id and a dangling step reference. */
export const MALFORMED_YAML = `format: 2
id: Mauvais Id
version: 1.0.0
title: { fr: Cassé, nl: Kapot }
description: { fr: Cassé, nl: Kapot }
languages: [fr, nl]
topics: [{ id: t, label: { fr: T, nl: T } }]
estimatedMinutes: 5
difficulty: beginner
`;
