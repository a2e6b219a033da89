/**
 * The SCORM package's player: the app's scenario screens without the library, the service worker or
 * IndexedDB. The pack and the scenario (or exam) come from `liaison-pack.json` beside this page,
 * written (and validated) by the export, so the same built code serves every package.
 */
import '../app.css';
import { mount } from 'svelte';
import { addStrings } from '$lib/i18n/index.svelte';
import type { Pack } from '$lib/packs/schema';
import { isScormVersion } from '$lib/scorm/version';
import ScormPlayerApp from '$lib/components/scorm/ScormPlayerApp.svelte';
import fr from '../../locales/fr/scorm.json';
import nl from '../../locales/nl/scorm.json';

interface PackageData {
	version: string;
	scenarioId?: string;
	exam?: number;
	timeLimit?: number;
	pack: Pack;
}

async function start(): Promise<void> {
	addStrings('scorm', { fr, nl });
	const data = (await (await fetch('./liaison-pack.json')).json()) as PackageData;
	if (!isScormVersion(data.version)) throw new Error(`unknown SCORM version ${data.version}`);
	mount(ScormPlayerApp, {
		target: document.getElementById('app')!,
		props: {
			pack: data.pack,
			scenarioId: data.scenarioId,
			exam: data.exam,
			timeLimit: data.timeLimit,
			version: data.version
		}
	});
}

void start();
