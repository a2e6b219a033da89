/**
 * Bench data for the class debrief: a 20-step scenario and 200 trainees' results through it,
 * played by the real engine with varied choices, encoded as trainees share them.
 */
import { answer, bestStepAnswer, startRun, type Answer } from '../../src/lib/engine';
import type { Pack } from '../../src/lib/packs/schema';
import { validatePack } from '../../src/lib/packs/validate';
import { encodeResult } from '../../src/lib/class/codec';
import { resultOfRun } from '../../src/lib/class/from-run';
import type { ClassSession } from '../../src/lib/class/session';
import { makeLargePack } from './packs.bench';

export function classBenchPack(): Pack {
	const checked = validatePack(makeLargePack(0, 20));
	if (!checked.ok) throw new Error('class bench pack invalid');
	return checked.pack;
}

export function classBenchSession(pack: Pack): ClassSession {
	return {
		id: 'bench-session-0001',
		name: 'Bench',
		packId: pack.id,
		packVersion: pack.version,
		kind: 'scenario',
		target: pack.scenarios[0]!.id,
		createdAt: 0,
		updatedAt: 0
	};
}

/** The answer trainee `i` gives: decisions and partners vary, the rest is the best answer. */
function choose(pack: Pack, stepId: string, i: number): Answer {
	const step = pack.scenarios[0]!.steps[stepId]!;
	if (step.kind === 'decision') {
		return { kind: 'decision', choiceId: step.choices[i % step.choices.length]!.id };
	}
	if (step.kind === 'partners') {
		const actors = step.options.map((o) => o.actor).filter((_, k) => (i >> k) % 2 === 0 || k === 0);
		return { kind: 'partners', actors };
	}
	return bestStepAnswer(step) ?? { kind: 'continue' };
}

export async function classBenchPayloads(pack: Pack, count = 200): Promise<string[]> {
	const session = classBenchSession(pack);
	const scenarioId = pack.scenarios[0]!.id;
	const payloads: string[] = [];
	for (let i = 0; i < count; i++) {
		const started = startRun(pack, scenarioId);
		if (!started.ok) throw new Error('start failed');
		let state = started.state;
		while (state.status === 'playing') {
			const next = answer(pack, state, choose(pack, state.stepId, i));
			if (!next.ok) throw new Error(`answer failed at ${state.stepId}`);
			state = next.state;
		}
		const body = resultOfRun(state, {
			session: { id: session.id, name: session.name },
			pack,
			name: `Stagiaire ${i + 1}`,
			startedAt: 1_700_000_000_000 + i * 1000,
			endedAt: 1_700_000_600_000 + i * 1000
		});
		payloads.push(await encodeResult(body));
	}
	return payloads;
}
