import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

// Reads the built server (`npm test` builds first), since what ships is the compiled JavaScript:
// type-only imports are gone there.
const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const STATIC_IMPORT = /^\s*(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"](\.{1,2}\/[^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

const isDemo = (file: string) => file.startsWith('modules/demo/');

/**
 * The server's modules that loading `entry` may load, following static and dynamic relative
 * imports (start-up loads the application through `import()`), except a dynamic import of a demo
 * module: those are returned as gates, for the caller to check where they stand.
 */
function importGraph(entry: string): { files: Set<string>; demoGates: string[][] } {
  const files = new Set<string>();
  const demoGates: string[][] = [];
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(resolve(DIST, file), 'utf8');
    const target = (specifier: string) => relative(DIST, resolve(DIST, dirname(file), specifier));
    for (const [, specifier] of source.matchAll(STATIC_IMPORT)) pending.push(target(specifier));
    for (const [, specifier] of source.matchAll(DYNAMIC_IMPORT)) {
      const to = target(specifier);
      if (isDemo(to) && !isDemo(file)) demoGates.push([file, to]);
      else pending.push(to);
    }
  }
  return { files, demoGates };
}

describe('production import graph', () => {
  it('loads the demo seeder only through the demo-data switch', () => {
    const { files, demoGates } = importGraph('main.js');
    // The walk reaches the application and the database preparation…
    expect(files).toContain('app.module.js');
    expect(files).toContain('database/prepare.js');
    // …no demo module, and the one way into the demo is prepare's import when demo data is on.
    expect([...files].filter(isDemo)).toEqual([]);
    expect(demoGates).toEqual([['database/prepare.js', 'modules/demo/index.js']]);
  });

  it('sees the demo when a module imports it statically', () => {
    // The walk itself finds demo modules: the seeder's own graph holds them.
    expect([...importGraph('modules/demo/index.js').files]).toContain('modules/demo/demo-cases.js');
  });
});
