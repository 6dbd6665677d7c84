/**
 * Typed rows: each table the services read with SQL is described once here or beside its domain
 * (column, SQL expression, decoder), and that description yields the SELECT list and checks every
 * row it reads, so a result is never cast to a type it was not checked against.
 *
 * Why decoders rather than generated types or a query builder: the queries are hand-written for
 * their indexes (keyset pages, scope conditions, CTEs), which a builder would hide; types generated
 * from the migrated schema would still be trusted, not checked, at the point of reading; a decoder
 * fails loudly, naming the column, when a query and its description drift apart.
 */

/** Turns one raw column value into its typed value, or throws naming the column. */
export type Decoder<T> = (value: unknown, column: string) => T;

export class RowDecodeError extends Error {}

const fail = (column: string, expected: string, value: unknown): never => {
  throw new RowDecodeError(
    `column ${column}: expected ${expected}, got ${value === null ? 'null' : typeof value}`,
  );
};

export const text: Decoder<string> = (value, column) =>
  typeof value === 'string' ? value : fail(column, 'text', value);

export const bool: Decoder<boolean> = (value, column) =>
  typeof value === 'boolean' ? value : fail(column, 'boolean', value);

/** An integer column; int4 arrives as a number, a count (int8) as a string and is read as a number. */
export const int: Decoder<number> = (value, column) => {
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) ? n : fail(column, 'integer', value);
};

export const timestamp: Decoder<Date> = (value, column) =>
  value instanceof Date ? value : fail(column, 'timestamp', value);

/** One of a vocabulary's codes (a state, a kind…). */
export function oneOf<T extends string>(codes: readonly T[]): Decoder<T> {
  const allowed = new Set<string>(codes);
  return (value, column) =>
    typeof value === 'string' && allowed.has(value) ? (value as T) : fail(column, codes.join('|'), value);
}

export function nullable<T>(decode: Decoder<T>): Decoder<T | null> {
  return (value, column) => (value === null ? null : decode(value, column));
}

/** A row's fields: each with the SQL expression it is selected from and its decoder. */
export type Columns = Record<string, { sql: string; decode: Decoder<unknown> }>;

export type RowOf<C extends Columns> = {
  [K in keyof C]: C[K]['decode'] extends Decoder<infer T> ? T : never;
};

/** A column read as it is named in the table, on the table's alias. */
export function column<T>(sql: string, decode: Decoder<T>): { sql: string; decode: Decoder<T> } {
  return { sql, decode };
}

export interface RowShape<C extends Columns> {
  /** The SELECT list: every field, aliased to its camelCase name. */
  readonly select: string;
  /** Checks one raw row and returns it typed. */
  decode(raw: unknown): RowOf<C>;
  /** Checks every raw row of a query's result. */
  decodeAll(raw: unknown): RowOf<C>[];
  /** Checks the rows of an UPDATE or DELETE … RETURNING, which TypeORM answers as `[rows, affected]`. */
  decodeChanged(raw: unknown): RowOf<C>[];
}

/**
 * Checks rows against decoders by field name. The names and decoders are laid out once, as two
 * arrays: a page of cases runs this for every column of every row.
 */
function rowDecoder<T>(fields: Record<string, Decoder<unknown>>) {
  const names = Object.keys(fields);
  const decoders = names.map((name) => fields[name]);
  const decode = (raw: unknown): T => {
    if (typeof raw !== 'object' || raw === null) throw new RowDecodeError('expected a row');
    const source = raw as Record<string, unknown>;
    const row: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (!(name in source)) throw new RowDecodeError(`column ${name}: missing`);
      row[name] = decoders[i](source[name], name);
    }
    return row as T;
  };
  const decodeAll = (raw: unknown): T[] => {
    if (!Array.isArray(raw)) throw new RowDecodeError('expected rows');
    return raw.map(decode);
  };
  return { decode, decodeAll };
}

export function rowShape<C extends Columns>(columns: C): RowShape<C> {
  const entries = Object.entries(columns);
  const { decode, decodeAll } = rowDecoder<RowOf<C>>(
    Object.fromEntries(entries.map(([name, { decode: field }]) => [name, field])),
  );
  return {
    select: entries
      .map(([name, { sql }]) => (sql === name || sql.endsWith(`.${name}`) ? sql : `${sql} AS "${name}"`))
      .join(', '),
    decode,
    decodeAll,
    decodeChanged: (raw) => {
      if (!Array.isArray(raw) || raw.length !== 2) throw new RowDecodeError('expected [rows, affected]');
      return decodeAll(raw[0]);
    },
  };
}

/** Decoders by field name, for a query's own result (a RETURNING clause, an aggregate). */
export type Fields = Record<string, Decoder<unknown>>;

export type FieldsOf<F extends Fields> = { [K in keyof F]: F[K] extends Decoder<infer T> ? T : never };

/** Checks the rows of a query whose SELECT list is written in the query itself. */
export function decodeRows<F extends Fields>(raw: unknown, fields: F): FieldsOf<F>[] {
  return rowDecoder<FieldsOf<F>>(fields).decodeAll(raw);
}

/** The rows an UPDATE or DELETE … RETURNING gave: TypeORM answers those with `[rows, affected]`. */
export function decodeChangedRows<F extends Fields>(raw: unknown, fields: F): FieldsOf<F>[] {
  if (!Array.isArray(raw) || raw.length !== 2) throw new RowDecodeError('expected [rows, affected]');
  return decodeRows(raw[0], fields);
}

/** The number of rows an UPDATE or DELETE changed (TypeORM's `[rows, affected]`). */
export function decodeAffected(raw: unknown): number {
  if (!Array.isArray(raw) || raw.length !== 2 || typeof raw[1] !== 'number')
    throw new RowDecodeError('expected [rows, affected]');
  return raw[1];
}

/**
 * A PostgreSQL array, each element checked. The element's name (`path[2]`) is made only for the
 * error: lists decode arrays on every row (grid paths), and most elements are fine.
 */
export function arrayOf<T>(decode: Decoder<T>): Decoder<T[]> {
  return (value, column) => {
    if (!Array.isArray(value)) return fail(column, 'array', value);
    const out = new Array<T>(value.length);
    for (let i = 0; i < value.length; i++) {
      try {
        out[i] = decode(value[i], column);
      } catch (error) {
        // Once more with the element's name, to fail naming it (decoders are pure).
        if (error instanceof RowDecodeError) decode(value[i], `${column}[${i}]`);
        throw error;
      }
    }
    return out;
  };
}

/** A PostgreSQL array of text or uuid values. */
export const textArray: Decoder<string[]> = arrayOf(text);

/** A jsonb object whose values are each checked. */
export function recordOf<T>(decode: Decoder<T>): Decoder<Record<string, T>> {
  return (value, column) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).map(([key, v]) => [key, decode(v, `${column}.${key}`)]))
      : fail(column, 'object', value);
}

/** A jsonb object of text values (a notification's template parameters). */
export const textRecord: Decoder<Record<string, string>> = recordOf(text);

/** A JSON text, number or boolean (an error's parameters). */
export const scalar: Decoder<string | number | boolean> = (value, column) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : fail(column, 'text, number or boolean', value);

/** A jsonb object with the given fields, each checked (extra keys are dropped). */
export function objectOf<F extends Fields>(fields: F): Decoder<FieldsOf<F>> {
  const entries = Object.entries(fields);
  return (value, column) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return fail(column, 'object', value);
    const source = value as Record<string, unknown>;
    return Object.fromEntries(
      entries.map(([name, decode]) => [name, decode(source[name], `${column}.${name}`)]),
    ) as FieldsOf<F>;
  };
}

/** A bytea column. */
export const bytes: Decoder<Buffer> = (value, column) =>
  Buffer.isBuffer(value) ? value : fail(column, 'bytea', value);

/** A jsonb object, its values read by the code that owns them (a stored filter). */
export const jsonObject: Decoder<Record<string, unknown>> = (value, column) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : fail(column, 'object', value);

/**
 * An INSERT's target, `table (column, …)`: the columns every writer of the table fills, in the
 * order their values come (the service, the demo district and the bench generator share it).
 */
export function insertTarget(table: string, columns: readonly string[]): string {
  return `${table} (${columns.join(', ')})`;
}
