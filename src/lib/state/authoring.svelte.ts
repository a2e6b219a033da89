/**
 * The authoring screen's controller: one draft, its undo history, live validation (the same
 * validator as `npm run pack:check`), which parts are open, autosave and play-test.
 */
import { createContext, tick } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import { anchorOf, fieldId } from '$lib/authoring/fields';
import {
	canRedo,
	canUndo,
	record,
	redo,
	startHistory,
	undo,
	type History
} from '$lib/authoring/history';
import { getAt, setAt, type Path } from '$lib/authoring/paths';
import type { Draft } from '$lib/authoring/templates';
import { formatPath, type PackIssue } from '$lib/packs/issues';
import { validatePack } from '$lib/packs/validate';
import type { Language } from '$lib/packs/schema';
import { locale } from '$lib/i18n/index.svelte';
import { storeDraft } from './drafts';
import { PlaySession } from './play-session.svelte';

export const AUTOSAVE_MS = 500;

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed';

export class DraftEditor {
	history = $state.raw() as History<Draft>;
	saveStatus = $state<SaveStatus>('saved');
	scenarioIndex = $state(0);
	openStep = $state<string | null>(null);
	openQuestion = $state<number | null>(null);
	playtest = $state.raw<PlaySession | null>(null);
	/** Paths of the fields and parts on screen, to put each problem next to its field. */
	readonly shown = new SvelteSet<string>();
	#timer: ReturnType<typeof setTimeout> | undefined;
	#saving: Promise<unknown> = Promise.resolve();

	constructor(
		readonly id: string,
		draft: Draft
	) {
		this.history = startHistory(draft);
	}

	get draft(): Draft {
		return this.history.present;
	}

	readonly result = $derived(validatePack(this.history.present));
	readonly issues: PackIssue[] = $derived(
		this.result.ok ? this.result.warnings : this.result.issues
	);
	readonly errorCount = $derived(this.issues.filter((i) => i.severity === 'error').length);

	/** Problems by the path of the field (or part) that shows them. */
	readonly anchored = $derived.by(() => {
		const map: Record<string, PackIssue[]> = Object.create(null);
		for (const found of this.issues) {
			const at = anchorOf(found, (p) => this.shown.has(p));
			if (at !== null) (map[at] ??= []).push(found);
		}
		return map;
	});

	get languages(): Language[] {
		const langs = this.draft.languages;
		return Array.isArray(langs) && langs.length ? langs : ['fr', 'nl'];
	}

	get canUndo() {
		return canUndo(this.history);
	}
	get canRedo() {
		return canRedo(this.history);
	}

	get(path: Path): unknown {
		return getAt(this.draft, path);
	}

	problemsAt(path: Path | string): PackIssue[] {
		return this.anchored[typeof path === 'string' ? path : formatPath(path)] ?? [];
	}

	/** Registers a field on screen; returns the cleanup for an effect. */
	show(path: Path): () => void {
		const key = formatPath(path);
		this.shown.add(key);
		return () => this.shown.delete(key);
	}

	/** Any change to the draft: recorded for undo (typing in one field merges), then autosaved. */
	change(next: Draft, group?: string): void {
		if (next === this.draft) return;
		this.history = record(this.history, next, { group });
		this.#schedule();
	}

	set(path: Path, value: unknown): void {
		this.change(setAt(this.draft, path, value), formatPath(path));
	}

	undo(): void {
		this.history = undo(this.history);
		this.#schedule();
	}

	redo(): void {
		this.history = redo(this.history);
		this.#schedule();
	}

	#schedule(): void {
		this.saveStatus = 'pending';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), AUTOSAVE_MS);
	}

	/** Saves now if anything is waiting (tab hidden, page closing, leaving the editor). */
	flush(): Promise<unknown> {
		if (this.saveStatus !== 'pending') return this.#saving;
		clearTimeout(this.#timer);
		this.saveStatus = 'saving';
		const draft = this.draft;
		this.#saving = this.#saving.then(async () => {
			const ok = await storeDraft(this.id, draft, locale.current);
			if (this.saveStatus === 'saving') this.saveStatus = ok ? 'saved' : 'failed';
		});
		return this.#saving;
	}

	/** Opens the part of the form holding `path` (scenario, step, question), then focuses its field. */
	async reveal(path: string): Promise<void> {
		const scenario = /^scenarios\[(\d+)\](?:\.steps\.([^.[]+))?/.exec(path);
		if (scenario) {
			this.scenarioIndex = Number(scenario[1]);
			if (scenario[2]) this.openStep = scenario[2];
		}
		const question = /^questions\[(\d+)\]/.exec(path);
		if (question) this.openQuestion = Number(question[1]);
		await tick();
		// The closest part on screen that has an element to focus: a listed problem always leads somewhere.
		const at = anchorOf(
			{ path },
			(p) => this.shown.has(p) && document.getElementById(fieldId(p)) !== null
		);
		const target = at !== null ? document.getElementById(fieldId(at)) : null;
		target?.focus();
		// Optional: not every environment scrolls (jsdom in tests).
		target?.scrollIntoView?.({ block: 'center' });
	}

	async focusIssue(found: PackIssue): Promise<void> {
		const lang = found.params?.lang;
		await this.reveal(
			typeof lang === 'string' && found.code === 'text.missing-translation'
				? `${found.path}.${lang}`
				: found.path
		);
	}

	/** Plays the scenario from a step with the real player; null while the draft has errors. */
	startPlaytest(scenarioId: string, fromStep?: string): boolean {
		if (!this.result.ok) return false;
		this.playtest = PlaySession.preview(this.result.pack, scenarioId, fromStep);
		return this.playtest !== null;
	}

	stopPlaytest(): void {
		this.playtest = null;
	}
}

const [getEditor, setEditor] = createContext<DraftEditor>();
/** The editor of the draft on screen, for the form components. */
export { getEditor, setEditor };
