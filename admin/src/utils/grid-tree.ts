import { GRID_LEVELS, type GridLevel } from '@gridbridge/shared';
import type { GridOptionsQuery } from '@/gql/graphql';
import { localized } from '@/locales';

export type GridOption = GridOptionsQuery['grids'][number];

/** A grid as el-tree and el-tree-select show it. */
export interface GridNode<G extends GridOption = GridOption> {
  value: string;
  label: string;
  grid: G;
  disabled: boolean;
  children: GridNode<G>[];
}

/**
 * Nests the server's flat list (parents before children) into a tree. A grid whose parent is not
 * in the list (an inactive parent left out) is left out too: nothing should be filed under it.
 */
export function buildGridTree<G extends GridOption>(
  grids: readonly G[],
  selectable: (grid: G) => boolean = () => true,
): GridNode<G>[] {
  const nodes = new Map<string, GridNode<G>>();
  const roots: GridNode<G>[] = [];
  for (const grid of grids) {
    const node: GridNode<G> = {
      value: grid.id,
      label: grid.name,
      grid,
      disabled: !selectable(grid),
      children: [],
    };
    nodes.set(grid.id, node);
    if (!grid.parentId) roots.push(node);
    else nodes.get(grid.parentId)?.children.push(node);
  }
  return roots;
}

/** Names from the level-1 grid down to `id`, e.g. 大河路街道 / 杨庄社区 / 第二网格. */
export function gridPathNames(
  grids: ReadonlyMap<string, GridOption>,
  id: string | null | undefined,
): string[] {
  const names: string[] = [];
  for (
    let grid = id ? grids.get(id) : undefined;
    grid;
    grid = grid.parentId ? grids.get(grid.parentId) : undefined
  ) {
    names.unshift(grid.name);
  }
  return names;
}

export function gridLevelLabel(level: number): string {
  return level in GRID_LEVELS ? localized(GRID_LEVELS[level as GridLevel]) : String(level);
}
