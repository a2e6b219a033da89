// The inline script at the top of every page (src/hooks.server.ts puts it there; svelte.config.js
// allows exactly this text by its hash). Before anything is painted it moves the reader to the page in
// their language — the saved choice (localStorage, as setLang() writes it), else the browser's —
// keeping the query and hash, and hides the page it leaves so no frame shows the other language.
// Plain JavaScript, so Node (svelte.config.js) and Vite build the same text from the same registry.
// Prefixes as in paths.ts, detection as in detect.ts (first-paint.test.ts checks they agree).
import { UI_LANGUAGES } from './ui-languages.js';

/**
 * The script's text for these language codes, the first one unprefixed.
 * @param {readonly string[]} codes
 */
export function firstPaintScript(codes) {
	// The codes are written into the page's HTML and matched as a two-letter path prefix.
	const bad = codes.find((code) => !/^[a-z]{2}$/.test(code));
	if (bad !== undefined || codes.length === 0) {
		throw new Error(`UI language codes must be two lowercase letters, got ${JSON.stringify(bad)}`);
	}
	return String.raw`(function(){var d=document.documentElement,k=${JSON.stringify(codes)},w;try{w=localStorage.getItem('liaison.lang')}catch(e){}if(k.indexOf(w)<0){w=k[0];var b=navigator.languages||[navigator.language];for(var i=0;i<b.length;i++){var c=String(b[i]).toLowerCase().split('-')[0];if(k.indexOf(c)>=0){w=c;break}}}if(w===d.lang)return;var p=location.pathname.replace(/^\/([a-z]{2})(?=\/|$)/,function(m,c){return k.indexOf(c)>0?'':m})||'/';if(w!==k[0])p=p==='/'?'/'+w:'/'+w+p;if(p===location.pathname)return;d.lang=w;d.hidden=true;location.replace(p+location.search+location.hash)})()`;
}

export const FIRST_PAINT_SCRIPT = firstPaintScript(UI_LANGUAGES.map((language) => language.code));
