import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** Validates a manifest with libxml2 (xmllint, compiled to wasm) against the fixture XSDs. */
export async function validateManifest(xml: string, version: '1.2' | '2004') {
	const dir = join('tests/fixtures/scorm/xsd', version);
	const preload = readdirSync(dir)
		.filter((f) => f.endsWith('.xsd') && f !== 'driver.xsd')
		.map((fileName) => ({ fileName, contents: readFileSync(join(dir, fileName), 'utf8') }));
	const result = await validateXML({
		xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
		schema: [{ fileName: 'driver.xsd', contents: readFileSync(join(dir, 'driver.xsd'), 'utf8') }],
		preload
	});
	return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
