/** Test data for quiz screens: the factory pack, parsed, and a store without storage. */
import * as v from 'valibot';
import { PackSchema, type Pack } from '../../src/lib/packs/schema';
import type { QuizStore } from '../../src/lib/state/quiz-session.svelte';
import { makePack } from './packs';

export const quizPack: Pack = v.parse(PackSchema, makePack());
export const noStorage: QuizStore = { connect: async () => null, write: async () => undefined };
export const itemsOf = (...ids: string[]) =>
	ids.map((questionId) => ({ packId: quizPack.id, questionId }));
