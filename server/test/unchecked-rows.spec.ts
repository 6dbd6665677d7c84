import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

/*
 * The lint rule that keeps query results checked (eslint.config.js, docs/architecture.md "Typed
 * rows"): linting made-up service code with the workspace's configuration shows that every way of
 * taking a result unchecked fails, and that a decoded or discarded result passes.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });
const PROBE = 'server/src/modules/users/rows-probe.ts';

async function uncheckedRows(body: string): Promise<number> {
  const code = [
    "import type { DataSource } from 'typeorm';",
    "import { decodeRows, text } from '../../database/rows.js';",
    'export async function probe(db: DataSource) {',
    body,
    '}',
    '',
  ].join('\n');
  const [result] = await eslint.lintText(code, { filePath: PROBE });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
}

describe('unchecked query results', () => {
  it.each([
    [
      'a typed variable',
      "const rows: { id: string }[] = await db.query('SELECT id FROM grid');\nreturn rows;",
    ],
    ['a destructured row', "const [row] = await db.query('SELECT id FROM grid');\nreturn row;"],
    ['a cast', "return (await db.query('SELECT id FROM grid')) as { id: string }[];"],
    ['a returned promise', "return db.query('SELECT id FROM grid');"],
    ['an arrow body', "return [1].map(() => db.query('SELECT id FROM grid'));"],
    [
      'a caught result',
      "const rows: { id: string }[] = await db.query('SELECT id FROM grid').catch(() => []);\nreturn rows;",
    ],
    [
      'an UPDATE … RETURNING',
      "const [[row]]: [{ id: string }[], number] = await db.query('UPDATE grid SET active = true RETURNING id');\nreturn row;",
    ],
  ])('refuses %s', async (_, body) => {
    expect(await uncheckedRows(body)).toBe(1);
  });

  it('allows a decoded result, a decoded caught one and a discarded one', async () => {
    const body = [
      "await db.query('SELECT pg_notify($1, $2)', ['a', 'b']);",
      "const rows = decodeRows(await db.query('SELECT id FROM grid'), { id: text });",
      "const more = decodeRows(await db.query('SELECT id FROM grid').catch(() => []), { id: text });",
      'return [...rows, ...more];',
    ].join('\n');
    expect(await uncheckedRows(body)).toBe(0);
  });
});
