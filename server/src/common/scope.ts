import { AppError } from './app-error.js';
import type { Viewer } from './gql-context.js';

/** The enterprise an enterprise account acts for; refused while the office has not verified the claim. */
export function ownEnterprise(viewer: Viewer): string {
  if (!viewer.enterpriseId) throw new AppError('CLAIM_PENDING');
  return viewer.enterpriseId;
}
