import { chromium } from '@playwright/test';
import { chromiumLaunch } from './playwright.config';
import { serveFolder } from './tests/e2e/static-server';
import { FIRST_SCREENS, openFirstScreen } from './tests/budgets/first-screen';
const a = await serveFolder('/tmp/wt20/base/build');
const b = await serveFolder('/work/wt-20/build');
const browser = await chromium.launch(chromiumLaunch);
const names = process.argv.slice(2);
const res: Record<string, number[]> = {};
for (let i = 0; i < 6; i++) for (const s of FIRST_SCREENS.filter((s) => names.includes(s.name))) for (const [k, h] of [['base', a], ['new', b]] as const) {
  const { readyAt } = await openFirstScreen(browser, h.url, s, { cpu: 4 });
  (res[`${s.name} ${k}`] ??= []).push(Math.round(readyAt));
}
for (const [k, v] of Object.entries(res)) { const s = [...v].sort((x, y) => x - y); console.log(k.padEnd(24), 'median', s[Math.floor(s.length / 2)], v.join(' ')); }
await browser.close(); await a.close(); await b.close();
