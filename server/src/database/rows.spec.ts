import { describe, expect, it } from '@jest/globals';
import {
  bool,
  column,
  decodeChangedRows,
  decodeRows,
  int,
  nullable,
  oneOf,
  rowShape,
  text,
  timestamp,
} from './rows.js';

describe('typed rows', () => {
  const shape = rowShape({
    id: column('c.id', text),
    trackingNo: column('c.tracking_no', text),
    state: column('c.state', oneOf(['SUBMITTED', 'CLOSED'] as const)),
    closedAt: column('c.closed_at', nullable(timestamp)),
    reopenCount: column('c.reopen_count', int),
    active: column('c.active', bool),
  });
  const raw = {
    id: 'a',
    trackingNo: 'YH2026000001',
    state: 'CLOSED',
    closedAt: null,
    reopenCount: '2',
    active: true,
  };

  it('selects each column once, aliased to its field name', () => {
    expect(shape.select).toBe(
      'c.id, c.tracking_no AS "trackingNo", c.state, c.closed_at AS "closedAt", c.reopen_count AS "reopenCount", c.active',
    );
  });

  it('returns a checked row, reading a count as a number', () => {
    expect(shape.decode(raw)).toEqual({ ...raw, reopenCount: 2 });
  });

  it('names the column that does not match its description', () => {
    expect(() => shape.decode({ ...raw, state: 'LOST' })).toThrow('column state: expected SUBMITTED|CLOSED');
    expect(() => shape.decode({ ...raw, closedAt: '2026-01-01' })).toThrow(
      'column closedAt: expected timestamp',
    );
    expect(() => shape.decode({ ...raw, reopenCount: 1.5 })).toThrow('column reopenCount: expected integer');
    const { id: _id, ...withoutId } = raw;
    expect(() => shape.decode(withoutId)).toThrow('column id: missing');
  });

  it('checks the rows of a RETURNING clause, and of an UPDATE’s [rows, affected]', () => {
    expect(decodeRows([{ id: 'a' }], { id: text })).toEqual([{ id: 'a' }]);
    expect(decodeChangedRows([[{ id: 'a' }], 1], { id: text })).toEqual([{ id: 'a' }]);
    expect(() => decodeChangedRows([{ id: 'a' }], { id: text })).toThrow('expected [rows, affected]');
    expect(() => decodeRows({ id: 'a' }, { id: text })).toThrow('expected rows');
  });
});
