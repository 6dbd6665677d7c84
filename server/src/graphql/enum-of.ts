/** A GraphQL enum object (`{ A: 'A', … }`) from a list of codes, for `registerEnumType`. */
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
