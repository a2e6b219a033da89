import { describe, expect, it } from 'vitest';
import { manifestXml } from './manifest';

const input = {
	identifier: 'pack.scenario',
	title: 'Titre & <titel>',
	files: ['index.html', 'assets/app.js', 'liaison-pack.json'],
	passMark: 70
};

describe('imsmanifest.xml', () => {
	it('1.2: IMS CP 1.1.2 with the mastery score and a SCO listing every file', () => {
		const xml = manifestXml({ ...input, version: '1.2' });
		expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
		expect(xml).toContain('<schemaversion>1.2</schemaversion>');
		expect(xml).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
		expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
		expect(xml).toContain('<title>Titre &amp; &lt;titel&gt;</title>');
		for (const file of input.files) expect(xml).toContain(`<file href="${file}"/>`);
	});
	it('2004: IMS CP 1.1.4 with the 4th edition ADL namespaces', () => {
		const xml = manifestXml({ ...input, version: '2004' });
		expect(xml).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"');
		expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
		expect(xml).toContain('adlcp:scormType="sco"');
		expect(xml).not.toContain('masteryscore');
	});
	it('makes identifiers valid xsd:ID values', () => {
		const xml = manifestXml({ ...input, identifier: '1 pack/é', version: '1.2' });
		expect(xml).toMatch(/identifier="L-1_pack__"/);
	});
});
