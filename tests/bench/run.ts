/**
 * npm run bench [-- filter]
 *
 * Runs every `tests/bench/*.bench.ts` module. Each default-exports an array of BenchCase; each
 * case is warmed up, then timed repeatedly; the table shows the median. Exits 1 when a median
 * exceeds its target.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchCase {
	name: string;
	/** Median budget in milliseconds. */
	target: number;
	setup?: () => unknown;
	fn: (ctx: unknown) => void;
}

export interface BenchResult {
	name: string;
	median: number;
	target: number;
	runs: number;
	ok: boolean;
}

const WARMUP_MS = 300;
const MIN_RUNS = 15;
const MAX_RUNS = 500;
const MEASURE_MS = 1500;

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function measure(bench: BenchCase): BenchResult {
	const ctx = bench.setup?.();
	const warmupEnd = performance.now() + WARMUP_MS;
	for (let i = 0; i < 3 || performance.now() < warmupEnd; i++) bench.fn(ctx);
	const times: number[] = [];
	const end = performance.now() + MEASURE_MS;
	while (times.length < MIN_RUNS || (times.length < MAX_RUNS && performance.now() < end)) {
		const start = performance.now();
		bench.fn(ctx);
		times.push(performance.now() - start);
	}
	const m = median(times);
	return {
		name: bench.name,
		median: m,
		target: bench.target,
		runs: times.length,
		ok: m <= bench.target
	};
}

export function formatTable(results: readonly BenchResult[]): string {
	const rows = [
		['name', 'median ms', 'target', 'runs', 'ok'],
		...results.map((r) => [
			r.name,
			r.median.toFixed(2),
			`< ${r.target}`,
			String(r.runs),
			r.ok ? 'ok' : 'SLOW'
		])
	];
	const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
	const line = (row: string[]) => row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ');
	return [
		line(rows[0]!),
		widths.map((w) => '-'.repeat(w)).join('-|-'),
		...rows.slice(1).map(line)
	].join('\n');
}

async function main(filter: string | undefined): Promise<number> {
	const dir = dirname(fileURLToPath(import.meta.url));
	const modules = readdirSync(dir)
		.filter((f) => f.endsWith('.bench.ts'))
		.sort();
	const results: BenchResult[] = [];
	for (const file of modules) {
		const cases = ((await import(pathToFileURL(join(dir, file)).href)) as { default: BenchCase[] })
			.default;
		for (const bench of cases) {
			if (filter && !`${file} ${bench.name}`.includes(filter)) continue;
			results.push(measure(bench));
		}
	}
	console.log(formatTable(results));
	return results.every((r) => r.ok) ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = await main(process.argv[2]);
}
