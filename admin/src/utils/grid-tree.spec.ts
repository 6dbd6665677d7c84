import { describe, expect, it } from 'vitest';
import { buildGridTree, gridPathNames, type GridOption } from './grid-tree';

const grid = (id: string, level: number, parentId: string | null, active = true): GridOption => ({
  id,
  name: `网格${id}`,
  code: id.toUpperCase(),
  level,
  parentId,
  active,
});

const grids = [
  grid('a', 1, null),
  grid('b', 1, null),
  grid('a1', 2, 'a'),
  grid('a1x', 3, 'a1'),
  grid('z1', 2, 'z'),
];

describe('grid tree', () => {
  it('nests the flat list and marks what may not be chosen', () => {
    const tree = buildGridTree(grids, (g) => g.level === 3);

    expect(tree.map((node) => node.value)).toEqual(['a', 'b']);
    expect(tree[0]!.disabled).toBe(true);
    expect(tree[0]!.children[0]!.children[0]).toMatchObject({
      value: 'a1x',
      label: '网格a1x',
      disabled: false,
    });
  });

  it('leaves out grids whose parent is not listed', () => {
    const values = JSON.stringify(buildGridTree(grids));
    expect(values).not.toContain('"z1"');
  });

  it('names a grid’s path from level 1 down', () => {
    const byId = new Map(grids.map((g) => [g.id, g]));
    expect(gridPathNames(byId, 'a1x')).toEqual(['网格a', '网格a1', '网格a1x']);
    expect(gridPathNames(byId, null)).toEqual([]);
  });
});
