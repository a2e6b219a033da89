/**
 * imsmanifest.xml for SCORM 1.2 (IMS CP 1.1.2 + ADLCP 1.2) and SCORM 2004 4th edition
 * (IMS CP 1.1.4 + ADLCP 1.3): one organisation, one item, one SCO that lists every file it uses.
 */
import { duration2004, timespan12 } from './time';
import { TIME_LIMIT_ACTION, type ScormVersion } from './version';

export interface ManifestInput {
	version: ScormVersion;
	/** Unique for the package: the LMS tells packages apart by it. */
	identifier: string;
	title: string;
	/** Paths inside the zip, `/`-separated; the SCO's launch page first. */
	files: readonly string[];
	/** Percent needed to pass (1.2 `masteryscore`); 2004 reports success itself. */
	passMark: number;
	/** An exam's time limit in minutes: 1.2 `adlcp:maxtimeallowed`, 2004 `attemptAbsoluteDurationLimit`. */
	timeLimitMinutes?: number;
}

const escapeXml = (text: string) =>
	text.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!
	);

/** xsd:ID values: a letter first, then letters, digits, `.`, `-` and `_`. */
export const xmlId = (text: string) => `L-${text.replace(/[^\w.-]/g, '_')}`;

const NAMESPACES = {
	'1.2': [
		'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
		'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
		'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
		'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd ' +
			'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd ' +
			'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"'
	],
	'2004': [
		'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
		'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
		'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
		'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
		'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
		'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
		'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd ' +
			'http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd ' +
			'http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd ' +
			'http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd ' +
			'http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"'
	]
} as const;

export function manifestXml(input: ManifestInput): string {
	const { version } = input;
	const id = xmlId(input.identifier);
	const title = escapeXml(input.title);
	const launch = input.files[0] ?? 'index.html';
	const is12 = version === '1.2';
	const limitMs = input.timeLimitMinutes ? Math.round(input.timeLimitMinutes * 60_000) : 0;
	// The elements in the order the ADL binding lists them after the item's title.
	const extensions = is12
		? [
				...(limitMs
					? [
							`<adlcp:maxtimeallowed>${timespan12(limitMs)}</adlcp:maxtimeallowed>`,
							`<adlcp:timelimitaction>${TIME_LIMIT_ACTION}</adlcp:timelimitaction>`
						]
					: []),
				`<adlcp:masteryscore>${Math.round(input.passMark)}</adlcp:masteryscore>`
			]
		: limitMs
			? [
					`<adlcp:timeLimitAction>${TIME_LIMIT_ACTION}</adlcp:timeLimitAction>`,
					'<imsss:sequencing>',
					`\t<imsss:limitConditions attemptAbsoluteDurationLimit="${duration2004(limitMs)}"/>`,
					'</imsss:sequencing>'
				]
			: [];
	const mastery = extensions.map((line) => `\n\t\t\t\t${line}`).join('');
	const files = input.files.map((f) => `\t\t\t<file href="${escapeXml(f)}"/>`).join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1" ${NAMESPACES[version].join(' ')}>
	<metadata>
		<schema>ADL SCORM</schema>
		<schemaversion>${is12 ? '1.2' : '2004 4th Edition'}</schemaversion>
	</metadata>
	<organizations default="${id}-org">
		<organization identifier="${id}-org">
			<title>${title}</title>
			<item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
				<title>${title}</title>${mastery}
			</item>
		</organization>
	</organizations>
	<resources>
		<resource identifier="${id}-sco" type="webcontent" ${is12 ? 'adlcp:scormtype' : 'adlcp:scormType'}="sco" href="${escapeXml(launch)}">
${files}
		</resource>
	</resources>
</manifest>
`;
}
