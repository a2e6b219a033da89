/**
 * The shared organisation catalogue, built into the app. Packs refer to organisations by id;
 * a pack's own `actors` extend this list (an id clash with it is an error).
 * Dutch names follow the official forms listed in shared/content/glossary.md; roles say only
 * what the source documents say.
 */
import type { Actor, ActorKind } from './schema.ts';

function actor(
	id: string,
	kind: ActorKind,
	acronym: [fr: string, nl: string],
	name: [fr: string, nl: string],
	role: [fr: string, nl: string]
): Actor {
	return {
		id,
		kind,
		acronym: { fr: acronym[0], nl: acronym[1] },
		name: { fr: name[0], nl: name[1] },
		role: { fr: role[0], nl: role[1] }
	};
}

export const CATALOGUE: readonly Actor[] = Object.freeze([
	actor(
		'vsse',
		'belgian-service',
		['VSSE', 'VSSE'],
		["Sûreté de l'État", 'Veiligheid van de Staat (Staatsveiligheid)'],
		[
			'Service de renseignement civil ; collabore avec des partenaires nationaux et internationaux.',
			'Burgerlijke inlichtingendienst; werkt samen met nationale en internationale partners.'
		]
	),
	actor(
		'sgrs',
		'belgian-service',
		['SGRS', 'ADIV'],
		[
			'Service Général du Renseignement et de la Sécurité',
			'Algemene Dienst Inlichting en Veiligheid'
		],
		[
			'Service de renseignement militaire, le seul autre service de renseignement de la Belgique.',
			'Militaire inlichtingendienst, de enige andere inlichtingendienst van België.'
		]
	),
	actor(
		'ocam',
		'belgian-service',
		['OCAM', 'OCAD'],
		[
			'Organe de coordination pour l’analyse de la menace',
			'Coördinatieorgaan voor de dreigingsanalyse'
		],
		[
			'Analyse la menace ; des agents de la VSSE y sont détachés (extrémisme et terrorisme).',
			'Analyseert de dreiging; er zijn agenten van de VSSE gedetacheerd (extremisme en terrorisme).'
		]
	),
	actor(
		'federal-police',
		'belgian-partner',
		['Police fédérale', 'Federale Politie'],
		['Police fédérale', 'Federale Politie'],
		[
			'Reçoit des officiers de liaison de la VSSE et du SGRS ; a des officiers de liaison à l’étranger.',
			'Ontvangt verbindingsofficieren van de VSSE en de ADIV; heeft verbindingsofficieren in het buitenland.'
		]
	),
	actor(
		'local-police',
		'belgian-partner',
		['Police locale', 'Lokale politie'],
		['Police locale', 'Lokale politie'],
		['Membre des Task Forces Locales (TFL).', 'Lid van de Lokale Taskforces (LTF).']
	),
	actor(
		'federal-prosecutor',
		'belgian-partner',
		['Parquet fédéral', 'Federaal Parket'],
		['Parquet fédéral', 'Federaal Parket'],
		[
			'Peut s’adresser directement aux personnes de contact de la VSSE.',
			'Kan zich rechtstreeks tot de contactpersonen van de VSSE wenden.'
		]
	),
	actor(
		'prosecutors',
		'belgian-partner',
		['Parquets', 'Parketten'],
		['Parquets', 'Parketten'],
		['Membres des Task Forces Locales (TFL).', 'Leden van de Lokale Taskforces (LTF).']
	),
	actor(
		'college-prosecutors-general',
		'belgian-partner',
		['Collège des PG', 'College van PG'],
		['Collège des procureurs généraux', 'College van procureurs-generaal'],
		[
			'Participe à l’élaboration des propositions du CCRS.',
			'Werkt mee aan de voorstellen van het CCIV.'
		]
	),
	actor(
		'immigration-office',
		'belgian-partner',
		['OE', 'DVZ'],
		['Office des étrangers', 'Dienst Vreemdelingenzaken'],
		[
			'Partenaire moins évident à collaboration intensive ; membre des TFL.',
			'Minder voor de hand liggende partner met intensieve samenwerking; lid van de LTF.'
		]
	),
	actor(
		'prisons',
		'belgian-partner',
		['DG EPI', 'DG EPI'],
		[
			'Direction générale des Établissements pénitentiaires',
			'Directoraat-generaal Penitentiaire Inrichtingen'
		],
		[
			'Partenaire à collaboration intensive, réglée par un protocole d’accord avec la VSSE.',
			'Partner met intensieve samenwerking, geregeld door een protocolakkoord met de VSSE.'
		]
	),
	actor(
		'ctif',
		'belgian-partner',
		['CTIF', 'CFI'],
		[
			'Cellule de Traitement des Informations Financières',
			'Cel voor Financiële Informatieverwerking'
		],
		[
			'Reçoit les produits du SGRS ; dispose de personnes de contact à la VSSE.',
			'Ontvangt de producten van de ADIV; heeft contactpersonen bij de VSSE.'
		]
	),
	actor(
		'belpiu',
		'belgian-partner',
		['BelPIU', 'BelPIU'],
		['Unité belge d’information des passagers', 'Belgische Passagiersinformatie-eenheid'],
		[
			'Suit les déplacements de, via et vers la Belgique ; des agents de la VSSE y sont détachés.',
			'Volgt de reisbewegingen van, via en naar België; er zijn agenten van de VSSE gedetacheerd.'
		]
	),
	actor(
		'customs',
		'belgian-partner',
		['Douanes', 'Douane'],
		['Douanes et Accises', 'Douane en Accijnzen'],
		[
			'Reçoit les produits du SGRS ; peut être impliquée dans le travail du CCRS.',
			'Ontvangt de producten van de ADIV; kan betrokken worden bij het werk van het CCIV.'
		]
	),
	actor(
		'ccb',
		'belgian-partner',
		['CCB', 'CCB'],
		['Centre pour la Cybersécurité Belgique', 'Centrum voor Cybersecurity België'],
		[
			'Peut être impliqué dans le travail du CCRS.',
			'Kan betrokken worden bij het werk van het CCIV.'
		]
	),
	actor(
		'crisis-centre',
		'belgian-partner',
		// The sources (2018–2020) name the Directorate-General; it is now the National Crisis Centre.
		['DGCC', 'ADCC'],
		[
			'Direction générale Centre de crise (aujourd’hui Centre de crise national, NCCN)',
			'Algemene Directie Crisiscentrum (nu Nationaal Crisiscentrum, NCCN)'
		],
		[
			'Reçoit les produits du SGRS ; participe à l’élaboration des propositions du CCRS.',
			'Ontvangt de producten van de ADIV; werkt mee aan de voorstellen van het CCIV.'
		]
	),
	actor(
		'foreign-affairs',
		'belgian-partner',
		['SPF Affaires étrangères', 'FOD Buitenlandse Zaken'],
		['SPF Affaires étrangères', 'FOD Buitenlandse Zaken'],
		[
			'Accueille des officiers de liaison de la VSSE ; participe aux propositions du CCRS.',
			'Ontvangt verbindingsofficieren van de VSSE; werkt mee aan de voorstellen van het CCIV.'
		]
	),
	actor(
		'dg-air-transport',
		'belgian-partner',
		['DG Transport aérien', 'DG Luchtvaart'],
		['Direction générale Transport aérien', 'Directoraat-generaal Luchtvaart'],
		[
			'Peut être impliquée dans le travail du CCRS.',
			'Kan betrokken worden bij het werk van het CCIV.'
		]
	),
	actor(
		'dg-maritime-transport',
		'belgian-partner',
		['DG Transport maritime', 'DG Scheepvaart'],
		['Direction générale du Transport maritime', 'Directoraat-generaal Scheepvaart'],
		[
			'Peut être impliquée dans le travail du CCRS.',
			'Kan betrokken worden bij het werk van het CCIV.'
		]
	),
	actor(
		'defence',
		'belgian-partner',
		['Défense', 'Defensie'],
		['La Défense', 'Defensie'],
		[
			'Possède un réseau d’attachés de défense et de sécurité, gérés par le SGRS.',
			'Heeft een netwerk van defensie- en veiligheidsattachés, beheerd door de ADIV.'
		]
	),
	actor(
		'cns',
		'coordination',
		['CNS', 'NVR'],
		['Conseil national de sécurité', 'Nationale Veiligheidsraad'],
		[
			'Siège sous l’autorité du Premier ministre ; reçoit les propositions du CCRS.',
			'Zetelt onder het gezag van de Eerste Minister; ontvangt de voorstellen van het CCIV.'
		]
	),
	actor(
		'csrs',
		'coordination',
		['CSRS', 'SCIV'],
		[
			'Comité stratégique du renseignement et de la sécurité',
			'Strategisch Comité Inlichtingen en Veiligheid'
		],
		['Le SGRS y participe.', 'De ADIV neemt eraan deel.']
	),
	actor(
		'ccrs',
		'coordination',
		['CCRS', 'CCIV'],
		[
			'Comité de coordination du renseignement et de la sécurité',
			'Coördinatiecomité Inlichtingen en Veiligheid'
		],
		[
			'Élabore des propositions de politique de sécurité pour le CNS et applique ses décisions.',
			'Werkt voorstellen voor veiligheidsbeleid uit voor de NVR en voert zijn beslissingen uit.'
		]
	),
	actor(
		'local-task-force',
		'coordination',
		['TFL', 'LTF'],
		['Task Force Locale', 'Lokale Taskforce'],
		[
			'Plate-forme du Plan R qui réunit les partenaires au niveau local.',
			'Platform van Plan R dat de partners op lokaal niveau samenbrengt.'
		]
	),
	actor(
		'foreign-services',
		'foreign',
		['Services étrangers', 'Buitenlandse diensten'],
		['Services partenaires étrangers', 'Buitenlandse partnerdiensten'],
		[
			'Services de renseignement étrangers avec lesquels les services belges coopèrent.',
			'Buitenlandse inlichtingendiensten waarmee de Belgische diensten samenwerken.'
		]
	),
	actor(
		'bis',
		'foreign',
		['BIS', 'BIS'],
		['BIS (service tchèque)', 'BIS (Tsjechische dienst)'],
		[
			'Coopère avec plus de 100 services de 65 pays, avec l’approbation du gouvernement.',
			'Werkt samen met meer dan 100 diensten uit 65 landen, met goedkeuring van de regering.'
		]
	),
	actor(
		'nato',
		'international',
		['OTAN', 'NAVO'],
		["Organisation du Traité de l'Atlantique Nord", 'Noord-Atlantische Verdragsorganisatie'],
		[
			'Partenaire international du SGRS ; des agents de la VSSE y sont détachés.',
			'Internationale partner van de ADIV; er zijn agenten van de VSSE gedetacheerd.'
		]
	),
	actor(
		'eu',
		'international',
		['UE', 'EU'],
		['Union européenne', 'Europese Unie'],
		['Partenaire international du SGRS.', 'Internationale partner van de ADIV.']
	),
	actor(
		'un',
		'international',
		['ONU', 'VN'],
		['Nations unies', 'Verenigde Naties'],
		['Partenaire international du SGRS.', 'Internationale partner van de ADIV.']
	)
]);

const byId: ReadonlyMap<string, Actor> = new Map(CATALOGUE.map((a) => [a.id, a]));

export function catalogueActor(id: string): Actor | undefined {
	return byId.get(id);
}

/** The catalogue followed by the pack's own actors, by id. */
export function actorsOf(pack: { actors: readonly Actor[] }): ReadonlyMap<string, Actor> {
	const all = new Map(byId);
	for (const a of pack.actors) if (!all.has(a.id)) all.set(a.id, a);
	return all;
}
