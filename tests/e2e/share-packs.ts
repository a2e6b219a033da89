/**
 * Packs for the sharing and security journeys: a small playable pack, the same pack carrying
 * script payloads wherever the validator lets text through, and one full of raw HTML that the
 * validator must refuse.
 */
import { FACTORY_SOURCE, makePack } from '../factories/packs';

const SOURCE = FACTORY_SOURCE;
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

type Node = unknown;
const isLocalized = (value: Node): value is Text =>
	typeof value === 'object' &&
	value !== null &&
	!Array.isArray(value) &&
	Object.keys(value).length > 0 &&
	Object.entries(value).every(([k, v]) => (k === 'fr' || k === 'nl') && typeof v === 'string');

/** Appends the entity payload to every text the learner reads, wherever it sits in the pack. */
function poison(node: Node): Node {
	if (isLocalized(node))
		return { fr: `${node.fr} ${ENTITY_PAYLOAD}`, nl: `${node.nl} ${ENTITY_PAYLOAD}` };
	if (Array.isArray(node)) return node.map(poison);
	if (typeof node === 'object' && node !== null) {
		return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, poison(v)]));
	}
	return node;
}

/** A 1×1 PNG, for an image whose alt text carries the payload. */
const PIXEL =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/**
 * The factory pack (every step kind, every question kind) with script payloads in every text
 * field: entities in the Markdown texts (raw HTML would be refused), raw HTML in the plain strings
 * (author, licence, source title and publisher, accepted answers, citation quotes), and pack
 * actors whose acronym, name and role the partner step shows.
 */
export function hostileEveryFieldPack(id = 'pack-hostile-complet'): Record<string, unknown> {
	const base = makePack() as unknown as Record<string, unknown> & {
		scenarios: { steps: Record<string, Record<string, unknown>> }[];
		questions: Record<string, unknown>[];
	};
	const steps = base.scenarios[0]!.steps;
	const actorIds = ['cellule-x', 'service-y', 'service-z'];
	const partners = steps.partners as { options: { actor: string }[] };
	partners.options.forEach((option, i) => (option.actor = actorIds[i]!));
	steps.brief!.image = { asset: 'carte', alt: both('Carte') };
	const citation = { source: FACTORY_SOURCE, quote: PLAIN_PAYLOAD };
	for (const step of Object.values(steps)) if (step.citation) step.citation = citation;
	for (const q of [
		...base.questions,
		(steps.quiz as { question: Record<string, unknown> }).question
	]) {
		q.citation = citation;
		if (q.kind === 'truefalse') {
			q.feedbackTrue = both('Vrai');
			q.feedbackFalse = both('Faux');
		}
		if (Array.isArray(q.options)) {
			for (const option of q.options as Record<string, unknown>[]) option.feedback = both('Avis');
		}
		if (q.kind === 'short') q.accepted = ['OCAM', PLAIN_PAYLOAD];
	}
	const pack = poison({
		...base,
		id,
		title: both('Pack piégé'),
		authors: [PLAIN_PAYLOAD],
		licence: PLAIN_PAYLOAD,
		sources: [{ id: FACTORY_SOURCE, title: PLAIN_PAYLOAD, publisher: PLAIN_PAYLOAD }],
		actors: actorIds.map((actor, i) => ({
			id: actor,
			acronym: both(`ACT${i}`),
			name: both(`Acteur ${i}`),
			role: both(`Rôle ${i}`),
			kind: 'belgian-partner'
		})),
		assets: { carte: PIXEL }
	}) as Record<string, unknown>;
	return pack;
}
