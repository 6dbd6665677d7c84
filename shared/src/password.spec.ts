import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password.js';
import { negotiateLocale } from './locale.js';

describe('password policy (docs/roles-and-scope.md#sign-in-and-sessions)', () => {
  it('refuses passwords shorter than 8 characters', () => {
    expect(passwordProblem('Ab1!xyz')).toBe('tooShort');
  });
  it('refuses passwords with only two character classes', () => {
    expect(passwordProblem('abcdefgh1')).toBe('passwordClasses');
    expect(passwordProblem('ABCDEFGH!')).toBe('passwordClasses');
  });
  it('accepts three of four classes', () => {
    expect(passwordProblem('abcdefG1')).toBeNull();
    expect(passwordProblem('abcdef1!')).toBeNull();
  });
});

describe('locale negotiation', () => {
  it('defaults to Simplified Chinese', () => {
    expect(negotiateLocale(undefined)).toBe('zh-CN');
    expect(negotiateLocale('fr-FR')).toBe('zh-CN');
  });
  it('honours English and quality values', () => {
    expect(negotiateLocale('en-US,en;q=0.9')).toBe('en');
    expect(negotiateLocale('zh;q=0.5, en;q=0.8')).toBe('en');
  });
});
