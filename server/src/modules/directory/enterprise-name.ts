/**
 * SQL: the enterprise name in `column` contains `word`, an expression of lower-case text (a
 * placeholder, or `lower($n)`), as a plain substring. Written to meet the name-grams index
 * (migration EnterpriseNameGrams): every character and pair of characters of the word is among
 * the name's — the index's part, which works for the two-character words Chinese mostly has,
 * where a trigram index cannot — and `strpos` keeps the names where they stand together.
 */
export function enterpriseNameContains(column: string, word: string): string {
  return `(enterprise_name_grams(${column}) @> enterprise_name_grams(${word}) AND strpos(lower(${column}), ${word}) > 0)`;
}
