/**
 * Renders parts of the authoring screen (one form, or the few a test needs) around a draft editor
 * the test holds: what a form did is read from the editor's state, with no autosave to wait for.
 */
import { render } from '@testing-library/svelte';
import type { Component, ComponentProps } from 'svelte';
import type { Draft } from '$lib/authoring/templates';
import { DraftEditor } from '$lib/state/authoring.svelte';
import { makePack } from '../packs';
import WithEditor from './WithEditor.svelte';

/** A part of the screen: a form and its props. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form, its own props checked
export const part = <C extends Component<any>>(form: C, props: ComponentProps<C>) => ({
	form,
	props
});

/** An editor over `pack` (the factory's pack by default), as the authoring screen makes one. */
export const editorOf = (pack: unknown = makePack()) => new DraftEditor('d1', pack as Draft);

/** Renders `parts` around `editor`; returns the editor with the rendered screen. */
export function renderParts(parts: ReturnType<typeof part>[], editor = editorOf()) {
	return { editor, ...render(WithEditor, { editor, parts }) };
}
