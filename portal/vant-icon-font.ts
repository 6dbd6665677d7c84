import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const VANT_CSS = /[\\/]node_modules[\\/]vant[\\/].+\.css$/;
/** The embedded icon font, `url(data:font/woff2;…;base64,…)`. */
const EMBEDDED_FONT = /url\(\s*(["']?)data:font\/woff2;(?:charset=[\w-]+;)?base64,([A-Za-z0-9+/=]+)\1\s*\)/;
/** Where the font is written as a file for Vite to pick up as an asset (outside the sources). */
const FONT_DIR = fileURLToPath(new URL('./node_modules/.cache/vant-icon-font/', import.meta.url));
/** `, url(//at.alicdn.com/…) format("woff")` after the embedded font. */
const REMOTE_SOURCE = /,\s*url\(\s*(["']?)(?:https?:)?\/\/[^)]*\1\s*\)\s*format\(\s*(["'])[\w-]+\2\s*\)/g;

/**
 * Vant's icon font, from the product's own origin only. Vant's CSS embeds the font (woff2, as a
 * `data:` URL, so it arrives with our own stylesheet) and names a copy on at.alicdn.com after
 * it. Browsers check every source of a font against the Content-Security-Policy, so that
 * second source logged a CSP error on every portal page (and a browser without woff2 would have
 * asked another site for it). This drops the remote sources; should a Vant update still name
 * one afterwards, the build stops instead of shipping it. The embedded font becomes a file of the
 * build (fontAsFile).
 */
export function vantIconFontLocal(): Plugin {
  return {
    name: 'gridbridge:vant-icon-font-local',
    enforce: 'pre',
    transform(code, id) {
      if (!VANT_CSS.test(id) || !code.includes('@font-face')) return null;
      const local = code.replace(REMOTE_SOURCE, '');
      if (/url\(\s*["']?(?:https?:)?\/\//.test(local)) {
        this.error(`${id} still loads something from another site after removing the remote font sources`);
      }
      return { code: fontAsFile(local, id), map: null };
    },
  };
}

/**
 * The embedded font (34 kB of base64, 25 kB gzipped) as a file of its own: inside the stylesheet it
 * held up every portal page's first paint, though only the icons need it, and it rode in the
 * first load that docs/performance.md budgets. As a file (`assets/vant-icon-<hash>.woff2`, cached
 * for a year) the browser fetches it when the first icon shows, beside the rest of the page.
 * The file is named after its content, so a Vant update with a new font changes the stylesheet too.
 */
function fontAsFile(css: string, id: string): string {
  const match = EMBEDDED_FONT.exec(css);
  if (!match) return css;
  const font = Buffer.from(match[2], 'base64');
  const file = path.join(
    FONT_DIR,
    `vant-icon-${createHash('sha256').update(font).digest('hex').slice(0, 12)}.woff2`,
  );
  if (!existsSync(file)) {
    mkdirSync(FONT_DIR, { recursive: true });
    writeFileSync(file, font);
  }
  const relative = path.relative(path.dirname(id), file).split(path.sep).join('/');
  return css.replace(EMBEDDED_FONT, `url("${relative}")`);
}
