import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';

// The dictionary ships as a CommonJS module of the same package.
const { dict } = createRequire(import.meta.url)('@node-rs/jieba/dict') as { dict: Uint8Array };
const jieba = Jieba.withDict(dict);

/** Keeps words (Han characters, letters, digits); drops punctuation and spaces. */
const WORD = /[\p{Script=Han}\p{L}\p{N}]/u;

/**
 * The words of a text for the search column: jieba's search mode adds the short words inside
 * long ones (用地规划 → 用地, 规划, 用地规划), so a search for either finds it. Lower-cased,
 * joined by spaces, for `to_tsvector('simple', …)`.
 */
export function searchTokens(text: string): string {
  return jieba
    .cutForSearch(text, true)
    .filter((token) => WORD.test(token))
    .map((token) => token.toLowerCase().replace(/[\s'\\:&|!()<>]/g, ''))
    .filter(Boolean)
    .join(' ');
}

/**
 * A keyword as a tsquery text: its words (jieba's precise mode) must all appear. Empty when
 * the keyword holds no word at all.
 */
export function searchQuery(keyword: string): string {
  return jieba
    .cut(keyword, true)
    .filter((token) => WORD.test(token))
    .map((token) => token.toLowerCase().replace(/[\s'\\:&|!()<>]/g, ''))
    .filter(Boolean)
    .join(' ');
}
