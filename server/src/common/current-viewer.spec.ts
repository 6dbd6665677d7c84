import { describe, expect, it } from '@jest/globals';
import { AppError } from './app-error.js';
import { currentViewer } from './current-viewer.decorator.js';
import type { GqlContext, Viewer } from './gql-context.js';

const context = (viewer: Viewer | null, sessionExpired = false) => ({ viewer, sessionExpired }) as GqlContext;

describe('currentViewer', () => {
  it('returns the signed-in viewer', () => {
    const viewer = { userId: 'u1', roles: ['AUDITOR'] } as Viewer;
    expect(currentViewer(context(viewer))).toBe(viewer);
  });

  it('refuses a request without one instead of handing on null', () => {
    expect(() => currentViewer(context(null))).toThrow(new AppError('UNAUTHENTICATED'));
    expect(() => currentViewer(context(null, true))).toThrow(new AppError('SESSION_EXPIRED'));
  });
});
