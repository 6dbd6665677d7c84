import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The line of public/sw.js that the build fills with the built assets' paths. */
const PLACEHOLDER = 'const BUILT_ASSETS = [];';

/**
 * Gives the service worker (public/sw.js) the list of every built asset, so that it keeps them
 * all when it installs. Pages are loaded on demand (one chunk per route): without the list a grid
 * head who goes offline before ever opening the visit page could not open it. The list also makes
 * the worker's bytes change with every build, which is what makes a phone install the new one
 * (and drop the old cache).
 */
export function serviceWorkerPrecache(): Plugin {
  let outDir = 'dist';
  let assets: string[] = [];
  return {
    name: 'gridbridge:sw-precache',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      assets = Object.keys(bundle)
        .filter((file) => file.startsWith('assets/') && !file.endsWith('.map'))
        .map((file) => `/${file}`)
        .sort();
    },
    // After the public folder was copied into the output.
    async closeBundle() {
      const file = path.join(outDir, 'sw.js');
      const source = await readFile(file, 'utf8');
      if (!source.includes(PLACEHOLDER)) this.error(`${file} has no line "${PLACEHOLDER}" to fill`);
      await writeFile(file, source.replace(PLACEHOLDER, `const BUILT_ASSETS = ${JSON.stringify(assets)};`));
    },
  };
}
