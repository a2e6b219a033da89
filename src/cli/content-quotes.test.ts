import { describe, expect, it } from 'vitest';
import { dump as stringify } from 'js-yaml';
import { makePack } from '../../tests/factories/packs';
import { checkQuotes } from './content-quotes';

describe('content-quotes', () => {
	const source = "Ainsi, la VSSE dispose d'officiers de liaison auprès de la Police fédérale.";
	const read = (id: string) => (id === '003_847f662f65abe501' ? source : undefined);

	it('accepts verbatim quotes', () => {
		const result = checkQuotes(stringify(makePack()), 'p.yaml', read);
		expect(result).toEqual({ count: 11, issues: [] });
	});

	it('reports quotes not found, near matches and missing source files', () => {
		const pack = makePack();
		pack.questions![0]!.citation.quote = 'la VSSE a des espions';
		pack.questions![1]!.citation.quote = 'la VSSE dispose d\u2019officiers';
		const result = checkQuotes(stringify(pack), 'p.yaml', read);
		expect(result.issues.map((i) => [i.path, i.code])).toEqual([
			['questions[0].citation.quote', 'quote.not-found'],
			['questions[1].citation.quote', 'quote.near-match']
		]);
		const none = checkQuotes(stringify(makePack()), 'p.yaml', () => undefined);
		expect(none.issues[0]).toMatchObject({ code: 'quote.no-source-file' });
	});
});
