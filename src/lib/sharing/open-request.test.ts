import { describe, expect, it, vi } from 'vitest';
import { makePack, makeQuestions } from '../../../tests/factories/packs';
import { validatePack } from '../packs/validate';
import { encodePayload, inlineLink } from './link-codec';
import { interpretLink, packText, readPack, type PickedFile } from './open-request';

const APP = 'https://liaison.example';

function validPack(overrides: Parameters<typeof makePack>[0] = {}) {
	const result = validatePack(makePack(overrides));
	if (!result.ok) throw new Error('factory pack is invalid');
	return result.pack;
}

const file = (name: string, text: string, size = text.length): PickedFile & { reads: number } => {
	const picked = {
		name,
		size,
		reads: 0,
		async read() {
			picked.reads++;
			return new TextEncoder().encode(text);
		}
	};
	return picked;
};

describe('interpretLink', () => {
	it('reads inline links, hosted-file links and plain file addresses', () => {
		expect(interpretLink(`${APP}/open#p=1.abc`, APP)).toEqual({ kind: 'inline', payload: '1.abc' });
		expect(
			interpretLink(`${APP}/open?pack=${encodeURIComponent('https://packs.example/a.yaml')}`, APP)
		).toEqual({ kind: 'url', url: 'https://packs.example/a.yaml' });
		expect(interpretLink('https://packs.example/a.json', APP)).toEqual({
			kind: 'url',
			url: 'https://packs.example/a.json'
		});
	});

	it('refuses what is not a link or not https', () => {
		expect(interpretLink('hello', APP)).toEqual({ refused: 'not-a-link' });
		expect(interpretLink(`${APP}/open?pack=http://packs.example/a.yaml`, APP)).toEqual({
			refused: 'not-https'
		});
		expect(interpretLink('javascript:alert(1)', APP)).toEqual({ refused: 'scheme' });
	});
});

describe('packText', () => {
	it('validates back to the same pack, without empty optional lists', () => {
		const pack = validPack();
		const text = packText({ ...pack, actors: [] });
		expect(JSON.parse(text)).not.toHaveProperty('actors');
		const again = validatePack(JSON.parse(text));
		expect(again.ok && again.pack).toEqual({ ...pack, actors: [] });
	});
});

describe('readPack', () => {
	it('opens a pack inside a link', async () => {
		const pack = validPack({ scenarios: [], questions: makeQuestions().slice(0, 2) });
		const link = await inlineLink(`${APP}/open`, packText(pack));
		expect(link.ok).toBe(true);
		const payload = link.ok ? new URL(link.url).hash.slice(3) : '';
		const outcome = await readPack({ kind: 'inline', payload }, { appOrigin: APP });
		expect(outcome).toMatchObject({ ok: true, pack: { id: 'test-pack' }, fileName: null });
	});

	it('says when a pack is too big for a link (the factory pack with every kind)', async () => {
		const link = await inlineLink(`${APP}/open`, packText(validPack()));
		expect(link).toMatchObject({ ok: false, reason: 'too-long' });
	});

	it('lists every problem of an invalid pack with its file name', async () => {
		const outcome = await readPack(
			{ kind: 'file', file: file('broken.yaml', 'format: 2\nid: Bad Id\n') },
			{ appOrigin: APP }
		);
		expect(outcome).toMatchObject({ ok: false, kind: 'invalid', fileName: 'broken.yaml' });
		if (!outcome.ok && outcome.kind === 'invalid') {
			expect(outcome.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['format', 'id']));
		}
		const inline = await readPack(
			{ kind: 'inline', payload: await encodePayload('{"format":1}') },
			{ appOrigin: APP }
		);
		expect(inline).toMatchObject({ ok: false, kind: 'invalid', fileName: null });
	});

	it('refuses a file by its name or its size without reading it', async () => {
		const text = file('pack.exe', 'x');
		expect(await readPack({ kind: 'file', file: text }, { appOrigin: APP })).toMatchObject({
			kind: 'refused',
			reason: 'file-type'
		});
		const big = file('big.yaml', 'x', 5 * 1024 * 1024);
		expect(await readPack({ kind: 'file', file: big }, { appOrigin: APP })).toMatchObject({
			kind: 'refused',
			reason: 'too-large',
			fileName: 'big.yaml'
		});
		expect(text.reads + big.reads).toBe(0);
	});

	it('fetches a hosted file and names problems after it', async () => {
		const response = new Response('format: 1\n');
		Object.defineProperty(response, 'url', { value: 'https://packs.example/p/team.yaml' });
		const fetch = vi.fn(async () => response) as unknown as typeof globalThis.fetch;
		const outcome = await readPack(
			{ kind: 'url', url: 'https://packs.example/p/team.yaml' },
			{ appOrigin: APP, fetch }
		);
		expect(outcome).toMatchObject({ ok: false, kind: 'invalid', fileName: 'team.yaml' });
		expect(
			await readPack({ kind: 'url', url: 'http://packs.example/a.yaml' }, { appOrigin: APP, fetch })
		).toMatchObject({ kind: 'refused', reason: 'not-https' });
		expect(await readPack({ kind: 'inline', payload: '9.x' }, { appOrigin: APP })).toMatchObject({
			kind: 'refused',
			reason: 'version'
		});
	});
});
