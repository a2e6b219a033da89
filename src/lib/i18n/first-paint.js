// The inline script at the top of every page (src/hooks.server.ts puts it there; svelte.config.js
// allows exactly this text by its hash). Before anything is painted it moves the reader to the page in
// their language — the saved choice (localStorage, as setLang() writes it), else the browser's —
// keeping the query and hash, and hides the page it leaves so no frame shows the other language.
// Plain JavaScript and plain text, so Node (svelte.config.js) and Vite read the same bytes.
// Languages and prefixes as in detect.ts and paths.ts (first-paint.test.ts checks they agree).
export const FIRST_PAINT_SCRIPT = String.raw`(function(){var d=document.documentElement,k=['fr','nl'],w;try{w=localStorage.getItem('liaison.lang')}catch(e){}if(k.indexOf(w)<0){w=k[0];var b=navigator.languages||[navigator.language];for(var i=0;i<b.length;i++){var c=String(b[i]).toLowerCase().split('-')[0];if(k.indexOf(c)>=0){w=c;break}}}if(w===d.lang)return;var p=location.pathname.replace(/^\/([a-z]{2})(?=\/|$)/,function(m,c){return k.indexOf(c)>0?'':m})||'/';if(w!==k[0])p=p==='/'?'/'+w:'/'+w+p;if(p===location.pathname)return;d.lang=w;d.hidden=true;location.replace(p+location.search+location.hash)})()`;
