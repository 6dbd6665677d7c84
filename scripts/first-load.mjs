// The portal's first load: the JS and CSS that index.html makes the browser fetch before the first
// page shows (entry script, its module preloads, stylesheets), gzip-compressed as served. Fails
// above the budget, so a heavy import into the start-up path is caught by `npm test`.
//   node scripts/first-load.mjs [dist directory]   (default portal/dist)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = 150;

const dist = process.argv[2] ?? fileURLToPath(new URL('../portal/dist', import.meta.url));
let html;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch {
  console.error(
    `first-load: no ${join(dist, 'index.html')}; build the portal first (npm run build -w portal)`,
  );
  process.exit(1);
}

// <script type="module" src>, <link rel="modulepreload" href>, <link rel="stylesheet" href>.
const assets = new Set();
for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
  const isScript = tag.startsWith('<script');
  const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
  if (!isScript && rel !== 'modulepreload' && rel !== 'stylesheet') continue;
  const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
  if (url && /\.(?:js|css)$/.test(url) && !/^[a-z]+:/i.test(url)) assets.add(url.replace(/^\//, ''));
}

let total = 0;
for (const asset of [...assets].sort()) {
  const size = gzipSync(readFileSync(join(dist, asset)), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1000).toFixed(1).padStart(7)} kB  ${asset}`);
}
const verdict = total <= BUDGET_KB * 1000 ? 'within' : 'OVER';
console.log(
  `${(total / 1000).toFixed(1).padStart(7)} kB  first load (gzip), ${verdict} the ${BUDGET_KB} kB budget`,
);
if (verdict === 'OVER') process.exit(1);
