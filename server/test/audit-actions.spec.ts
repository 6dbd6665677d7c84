import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { auditActionCodes, auditActionLabel, CASE_ACTIONS } from '@gridbridge/shared';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [readFileSync(join(dir, entry.name), 'utf8')]
        : [],
  );
}

/**
 * The action codes the server writes, read from its source: `action: …` in a record call,
 * the action argument of `recordChange` and of the departments' `change`, including both arms
 * of a `cond ? 'A' : 'B'`. Bare lower-case words there are case actions (`case.${action}`).
 */
function writtenCodes(): string[] {
  const codes = new Set<string>();
  const expressions = [
    /\baction:\s*([^,\n]+)/g,
    /recordChange\(\s*manager,\s*viewer,\s*([^,]+),/g,
    /this\.change\(\s*viewer,\s*id,\s*([^,]+),/g,
  ];
  for (const text of sources(SRC).filter((file) => /\bthis\.audit\.|\bthis\.change\(/.test(file))) {
    for (const pattern of expressions) {
      for (const [, expression] of text.matchAll(pattern)) {
        for (const [, literal] of expression.matchAll(/'([^']+)'/g)) {
          if (/^[A-Z][A-Z_]+$/.test(literal) || literal.includes('.')) codes.add(literal);
        }
      }
    }
  }
  for (const action of Object.keys(CASE_ACTIONS)) codes.add(`case.${action}`);
  return [...codes].sort();
}

describe('readable audit action names', () => {
  const codes = writtenCodes();

  it('finds the codes the server writes (the search itself works)', () => {
    for (const known of [
      'LOGIN',
      'ACCOUNT_LOCKED',
      'GRID_MOVED',
      'USER_DEACTIVATED',
      'DEPARTMENT_ACTIVATED',
    ]) {
      expect(codes).toContain(known);
    }
    for (const known of ['case.revealContact', 'case.accept', 'export.request', 'job.retry']) {
      expect(codes).toContain(known);
    }
  });

  it('has a zh-CN and an en name for every code the server writes', () => {
    const missing = codes.filter((code) => !auditActionLabel(code, 'zh-CN') || !auditActionLabel(code, 'en'));
    expect(missing).toEqual([]);
  });

  it('offers exactly the labelled codes as choices, and knows no unknown code', () => {
    expect(auditActionCodes().every((code) => auditActionLabel(code, 'en'))).toBe(true);
    expect(auditActionLabel('case.noSuchAction', 'en')).toBeNull();
    expect(auditActionLabel('constructor', 'en')).toBeNull();
    expect(auditActionLabel('case.accept', 'zh-CN')).toBe('诉求：受理');
    expect(auditActionLabel('LOGIN', 'en')).toBe('Signed in');
  });
});
