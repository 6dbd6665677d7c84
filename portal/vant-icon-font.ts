import type { Plugin } from 'vite';

const VANT_CSS = /[\\/]node_modules[\\/]vant[\\/].+\.css$/;
/** `, url(//at.alicdn.com/…) format("woff")` after the embedded font. */
const REMOTE_SOURCE = /,\s*url\(\s*(["']?)(?:https?:)?\/\/[^)]*\1\s*\)\s*format\(\s*(["'])[\w-]+\2\s*\)/g;

/**
 * Vant's icon font, from the product's own origin only. Vant's CSS embeds the font (woff2, as a
 * `data:` URL, so it arrives with our own stylesheet) and names a copy on at.alicdn.com after
 * it. Browsers check every source of a font against the Content-Security-Policy, so that
 * second source logged a CSP error on every portal page (and a browser without woff2 would have
 * asked another site for it). This drops the remote sources; should a Vant update still name
 * one afterwards, the build stops instead of shipping it.
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
      return { code: local, map: null };
    },
  };
}
