/** The SQL of a CHECK constraint that keeps a text column within a code list. */
export const oneOf = (column: string, values: readonly string[]) =>
  `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;
