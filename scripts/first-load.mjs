// An app's first load: the JS and CSS that index.html makes the browser fetch before the first
// page shows (entry script, its module preloads, stylesheets), gzip-compressed as served. Fails
// above the app's budget (docs/performance.md), so a heavy import into the start-up path is
// caught by `npm test`.
//   node scripts/first-load.mjs [portal|admin] [dist directory]   (default portal, <app>/dist)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** Each app's budget in kB (gzip), and the path the server serves it under. */
const APPS = {
  portal: { budgetKb: 120, base: '/' },
  admin: { budgetKb: 350, base: '/admin/' },
};

const name = process.argv[2] ?? 'portal';
const app = APPS[name];
if (!app) {
  console.error(`first-load: no app "${name}"; one of ${Object.keys(APPS).join(', ')}`);
  process.exit(1);
}
const BUDGET_KB = app.budgetKb;
const dist = process.argv[3] ?? fileURLToPath(new URL(`../${name}/dist`, import.meta.url));
let html;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch {
  console.error(`first-load: no ${join(dist, 'index.html')}; build the app first (npm run build -w ${name})`);
  process.exit(1);
}

// <script type="module" src>, <link rel="modulepreload" href>, <link rel="stylesheet" href>.
const assets = new Set();
for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
  const isScript = tag.startsWith('<script');
  const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
  if (!isScript && rel !== 'modulepreload' && rel !== 'stylesheet') continue;
  const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
  if (url && /\.(?:js|css)$/.test(url) && url.startsWith(app.base)) assets.add(url.slice(app.base.length));
}

let total = 0;
for (const asset of [...assets].sort()) {
  const size = gzipSync(readFileSync(join(dist, asset)), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1000).toFixed(1).padStart(7)} kB  ${asset}`);
}
const verdict = total <= BUDGET_KB * 1000 ? 'within' : 'OVER';
console.log(
  `${(total / 1000).toFixed(1).padStart(7)} kB  ${name}'s first load (gzip), ${verdict} the ${BUDGET_KB} kB budget`,
);
if (verdict === 'OVER') process.exit(1);
