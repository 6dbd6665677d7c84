import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';

const VANT_CSS = /[\\/]node_modules[\\/]vant[\\/].+\.css$/;
/** The embedded icon font, `url(data:font/woff2;…;base64,…)`. */
const EMBEDDED_FONT = /url\(\s*(["']?)data:font\/woff2;(?:charset=[\w-]+;)?base64,([A-Za-z0-9+/=]+)\1\s*\)/;
/** Where the font is written as a file for Vite to pick up as an asset (outside the sources). */
const FONT_DIR = fileURLToPath(new URL('./node_modules/.cache/vant-icon-font/', import.meta.url));
/** `, url(//at.alicdn.com/…) format("woff")` after the embedded font. */
const REMOTE_SOURCE = /,\s*url\(\s*(["']?)(?:https?:)?\/\/[^)]*\1\s*\)\s*format\(\s*(["'])[\w-]+\2\s*\)/g;
/** The icon font's declaration in Vant's icon stylesheet. */
const FONT_FACE = /@font-face\s*\{[^}]*font-family:\s*["']?vant-icon["']?[^}]*\}/;
/** Stands for the font file's address in the declaration until the file's name is known. */
const FONT_URL = '__VANT_ICON_FONT__';

/** One icon's rule in Vant's icon stylesheet: `.van-icon-arrow-left:before{content:"\e668"}`. */
const ICON_RULE = /\.van-icon-([a-z0-9-]+):{1,2}before\s*\{\s*content:\s*["']\\([0-9a-fA-F]+)["']/g;

/**
 * Vant's icon font, from the product's own origin only, and only with the icons the portal shows.
 *
 * Vant's CSS embeds the font (woff2, as a `data:` URL) and names a copy on at.alicdn.com after it.
 * Browsers check every source of a font against the Content-Security-Policy, so that second source
 * logged a CSP error on every portal page (and a browser without woff2 would have asked another
 * site for it). This drops the remote sources; should a Vant update still name one afterwards, the
 * build stops instead of shipping it. The embedded font becomes a file of its own: inside the
 * stylesheet it held up every page's first paint, though only the icons need it.
 *
 * The font holds Vant's 259 icons (25 kB); the portal shows some sixty. The build cuts it down to
 * the icons the built code names (usedIcons), some 6 kB: on a phone's first visit the full font
 * was the largest file fetched before the page's largest text, at the highest priority
 * (docs/performance.md). Which icons that is is known only once the code is bundled, after the
 * stylesheets' names were fixed; so the build takes the font's `@font-face` out of Vant's
 * stylesheet and declares it in index.html, which is never cached: a stylesheet kept for a year
 * never names a font file that a later build no longer has. The browser tests check that every
 * icon they see is drawn from the served font. The dev server serves the whole font.
 */
export function vantIconFontLocal(): Plugin {
  let building = false;
  let base = '/';
  /** Each icon's character in the font, by name, from Vant's icon stylesheet. */
  const icons = new Map<string, string>();
  /** The whole font, and its declaration with `FONT_URL` where the file's address goes. */
  let font: { data: Buffer; face: string } | undefined;
  /** The `@font-face` rule that index.html gets, once the cut-down file is in the bundle. */
  let fontFace: string | undefined;
  return {
    name: 'gridbridge:vant-icon-font-local',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
      base = config.base;
    },
    transform(code, id) {
      if (!VANT_CSS.test(id) || !code.includes('@font-face')) return null;
      const local = code.replace(REMOTE_SOURCE, '');
      if (/url\(\s*["']?(?:https?:)?\/\//.test(local)) {
        this.error(`${id} still loads something from another site after removing the remote font sources`);
      }
      if (!building) return { code: fontAsFile(local, id), map: null };
      const face = FONT_FACE.exec(local)?.[0];
      const embedded = face && EMBEDDED_FONT.exec(face);
      if (!face || !embedded) this.error(`${id}: no embedded vant-icon font found`);
      font = {
        data: Buffer.from(embedded[2], 'base64'),
        face: face.replace(EMBEDDED_FONT, `url(${FONT_URL})`),
      };
      for (const [, name, codePoint] of local.matchAll(ICON_RULE)) {
        icons.set(name, String.fromCodePoint(Number.parseInt(codePoint, 16)));
      }
      return { code: local.replace(FONT_FACE, ''), map: null };
    },
    // Runs before Vite writes index.html, and before the service worker's list is made.
    async generateBundle(_options, bundle) {
      if (!font) return;
      const code = Object.values(bundle)
        .map((file) => (file.type === 'chunk' ? file.code : ''))
        .join('\n');
      const characters = [...usedIcons(icons, code)].map((name) => icons.get(name)).join('');
      const subset = await subsetFont(font.data, characters, { targetFormat: 'woff2' });
      const fileName = `assets/vant-icon-${createHash('sha256').update(subset).digest('hex').slice(0, 12)}.woff2`;
      this.emitFile({ type: 'asset', fileName, source: subset });
      fontFace = font.face.replace(FONT_URL, `"${base}${fileName}"`);
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        if (!building || !font) return undefined;
        if (!fontFace) throw new Error('index.html was written before the icon font was cut down');
        return [{ tag: 'style', children: fontFace, injectTo: 'head' }];
      },
    },
  };
}

/**
 * The icons the built `code` may show: each name that appears whole as a string (`'bell'`,
 * `` `arrow-left` ``, a name kept in data such as `icon: 'records-o'`) or in a class
 * (`van-icon-bell`), and every icon under a prefix the code builds a name from
 * (`` `arrow-${direction}` ``, `'arrow-' + direction`). A word that happens to be an icon's name
 * as well (`'success'`, `'clear'`) keeps that icon: a few glyphs too many rather than one missing.
 */
function usedIcons(icons: ReadonlyMap<string, string>, code: string): Set<string> {
  const used = new Set<string>();
  for (const [, quoted, inClass] of code.matchAll(/(?<=["'`])([a-z0-9-]+)(?=["'`])|van-icon-([a-z0-9-]+)/g)) {
    const name = quoted ?? inClass;
    if (icons.has(name)) used.add(name);
  }
  for (const [, prefix] of code.matchAll(/(?<=["'`])([a-z0-9]+(?:-[a-z0-9]+)*-)(?:\$\{|["'`]\s*\+)/g)) {
    for (const name of icons.keys()) if (name.startsWith(prefix)) used.add(name);
  }
  return used;
}

/**
 * For the dev server: the embedded font (34 kB of base64) as a file of its own, which the browser
 * fetches when the first icon shows. The file is named after its content.
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
