import { describe, expect, it } from '@jest/globals';
import {
  arrayOf,
  bool,
  bytes,
  column,
  decodeAffected,
  decodeChangedRows,
  decodeRows,
  insertTarget,
  int,
  jsonObject,
  nullable,
  objectOf,
  oneOf,
  recordOf,
  rowShape,
  scalar,
  text,
  textRecord,
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

  it('checks a shape’s UPDATE … RETURNING and a bare affected count', () => {
    expect(shape.decodeChanged([[raw], 1])).toEqual([{ ...raw, reopenCount: 2 }]);
    expect(() => shape.decodeChanged([raw])).toThrow('expected [rows, affected]');
    expect(decodeAffected([[], 3])).toBe(3);
    expect(() => decodeAffected([])).toThrow('expected [rows, affected]');
  });

  it('checks arrays, jsonb objects and their values element by element', () => {
    const fields = {
      roles: arrayOf(oneOf(['OFFICE_STAFF', 'AUDITOR'] as const)),
      off: arrayOf(objectOf({ name: text, from: text })),
      params: textRecord,
      errorParams: recordOf(scalar),
      filter: jsonObject,
      content: bytes,
    };
    const row = {
      roles: ['AUDITOR'],
      off: [{ name: '春节', from: '2026-02-15', extra: 1 }],
      params: { trackingNo: 'YH2026000001' },
      errorParams: { max: 20, field: 'ids', strict: true },
      filter: { keyword: 'x' },
      content: Buffer.from('xlsx'),
    };
    expect(decodeRows([row], fields)).toEqual([{ ...row, off: [{ name: '春节', from: '2026-02-15' }] }]);
    expect(() => decodeRows([{ ...row, roles: ['ROOT'] }], fields)).toThrow('column roles[0]: expected');
    expect(() => decodeRows([{ ...row, roles: ['AUDITOR', 'ROOT'] }], fields)).toThrow(
      'column roles[1]: expected',
    );
    expect(() => decodeRows([{ ...row, off: [{ name: 1, from: 'x' }] }], fields)).toThrow(
      'column off[0].name: expected text',
    );
    expect(() => decodeRows([{ ...row, params: { n: 1 } }], fields)).toThrow(
      'column params.n: expected text',
    );
    expect(() => decodeRows([{ ...row, errorParams: { at: null } }], fields)).toThrow(
      'column errorParams.at: expected text, number or boolean',
    );
    expect(() => decodeRows([{ ...row, filter: [] }], fields)).toThrow('column filter: expected object');
    expect(() => decodeRows([{ ...row, content: 'xlsx' }], fields)).toThrow('column content: expected bytea');
  });

  it('names an INSERT’s target columns in order', () => {
    expect(insertTarget('grid', ['id', 'name'])).toBe('grid (id, name)');
  });
});
