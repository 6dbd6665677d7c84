import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { buildSchemas } from '../src/cli/emit-schemas.js';

// A file of its own: building schemas after an application has booted in the same module
// registry would reuse metadata that the boot already compiled.
describe('committed GraphQL schemas', () => {
  it('keeps the committed schema files equal to what the code declares', async () => {
    const schemas = await buildSchemas();
    for (const api of ['portal', 'admin'] as const) {
      expect(readFileSync(new URL(`../schema/${api}.graphql`, import.meta.url), 'utf8')).toBe(schemas[api]);
    }
  });
});
