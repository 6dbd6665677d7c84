import { describe, expect, it } from 'vitest';
import { matchesGrid, moveTargets, type Grid } from './data';

const grid = (id: string, level: number, parentId: string | null): Grid => ({
  id,
  name: `网格${id}`,
  code: `HJ${id}`,
  level,
  parentId,
  path: [],
  active: true,
  enterpriseCount: 0,
  heads: [],
  version: 1,
});

describe('grid management', () => {
  it('finds grids by name or code, ignoring case', () => {
    expect(matchesGrid('hj0', { name: '新城街道', code: 'HJ01' })).toBe(true);
    expect(matchesGrid('新城', { name: '新城街道', code: 'HJ01' })).toBe(true);
    expect(matchesGrid('古荥', { name: '新城街道', code: 'HJ01' })).toBe(false);
    expect(matchesGrid('  ', { name: '新城街道', code: 'HJ01' })).toBe(true);
  });

  it('moves a grid only under another grid of the level above', () => {
    const grids = [
      grid('1', 1, null),
      grid('2', 1, null),
      grid('11', 2, '1'),
      grid('21', 2, '2'),
      grid('111', 3, '11'),
    ];

    expect(moveTargets(grids, grids[2]!).map((g) => g.id)).toEqual(['2']);
    expect(moveTargets(grids, grids[4]!).map((g) => g.id)).toEqual(['21']);
  });
});
