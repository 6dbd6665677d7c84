import type { FormRules } from 'element-plus';
import type { GridFieldsFragment } from '@/gql/graphql';
import type { GridNode } from '@/utils/grid-tree';
import { maxLengthRule, requiredRule } from '@/utils/form-rules';

export type Grid = GridFieldsFragment;
export type GridTreeNode = GridNode<Grid>;

export const MAX_LEVEL = 3;

/** The search box keeps a grid whose name or code contains the text (its ancestors stay visible). */
export function matchesGrid(query: string, grid: Pick<Grid, 'name' | 'code'>): boolean {
  const text = query.trim().toLowerCase();
  return !text || grid.name.toLowerCase().includes(text) || grid.code.toLowerCase().includes(text);
}

/** Where a grid may move: under another grid of the level above (not where it is already). */
export function moveTargets(grids: readonly Grid[], grid: Grid): Grid[] {
  return grids.filter((candidate) => candidate.level === grid.level - 1 && candidate.id !== grid.parentId);
}

export interface GridForm {
  name: string;
  code: string;
}

export function gridRules(label: (field: keyof GridForm) => string): FormRules<GridForm> {
  return {
    name: [requiredRule(label('name')), maxLengthRule(label('name'), 60)],
    code: [requiredRule(label('code')), maxLengthRule(label('code'), 30)],
  };
}

export interface MoveForm {
  parentId: string;
}
