import { can } from '@gridbridge/shared';
import type { Viewer } from '../../common/gql-context.js';

/**
 * The enterprises a viewer may see, as a SQL condition on `enterprise`: those who keep the
 * directory see all of it; a grid head the enterprises of their grid subtree; an enterprise
 * account its own enterprise; anybody else none. Services derive it from the viewer themselves,
 * as `caseScope` does for cases, so no caller can widen it by passing the wrong argument.
 * `add` appends a parameter and returns its placeholder.
 */
export function directoryScope(viewer: Viewer, add: (value: unknown) => string): string {
  if (can(viewer.roles, 'directory.read')) return 'TRUE';
  const conditions: string[] = [];
  if (can(viewer.roles, 'directory.ownGrid') && viewer.gridId) {
    conditions.push(`grid_path @> ARRAY[${add(viewer.gridId)}::uuid]`);
  }
  if (can(viewer.roles, 'directory.ownEnterprise') && viewer.enterpriseId) {
    conditions.push(`id = ${add(viewer.enterpriseId)}::uuid`);
  }
  return conditions.length > 0 ? `(${conditions.join(' OR ')})` : 'FALSE';
}

/** Whether the viewer may see the whole directory, not just a subtree of it. */
export const seesWholeDirectory = (viewer: Viewer) => can(viewer.roles, 'directory.read');
