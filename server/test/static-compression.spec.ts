import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestServer, type TestServer } from './harness.js';

/**
 * The built apps' compression and cache headers (docs/performance.md), on a small app of the
 * shape `vite build` writes (hashed assets under assets/ with their .br and .gz files, index.html,
 * the portal's sw.js), so the test needs no app build and knows every byte it serves.
 */
const SCRIPT = `export const greeting = ${JSON.stringify('网格连心桥 '.repeat(400))};\n`;
const STYLE = `body { color: #222; }\n${'.x { margin: 0; }\n'.repeat(200)}`;
const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="app"></div></body></html>\n';
const WORKER = `self.addEventListener('fetch', () => {});\n${'// the portal service worker\n'.repeat(40)}`;

function writeApp(dir: string) {
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  const files: Record<string, string> = {
    'index.html': INDEX,
    'assets/index-Ab12Cd34.js': SCRIPT,
    'assets/index-Ef56Gh78.css': STYLE,
    'sw.js': WORKER,
    // Removed by a test while the server runs, as a rebuild under a running server does.
    'assets/old-Ij90Kl12.js': SCRIPT,
  };
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), content);
    writeFileSync(path.join(dir, `${name}.gz`), gzipSync(content));
    // The stylesheet has a gzip file only: a client that accepts brotli gets gzip then.
    if (!name.endsWith('.css')) writeFileSync(path.join(dir, `${name}.br`), brotliCompressSync(content));
  }
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET that leaves the body as sent (fetch would decompress it and hide the encoding). */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function postGraphql(url: string, query: string, acceptEncoding: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}

const CHROME = 'gzip, deflate, br, zstd';
let server: TestServer;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'gridbridge-static-'));
  writeApp(path.join(root, 'portal'));
  writeApp(path.join(root, 'admin'));
  server = await startTestServer({
    PORTAL_DIST_DIR: path.join(root, 'portal'),
    ADMIN_DIST_DIR: path.join(root, 'admin'),
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('precompressed assets', () => {
  it('sends brotli when the client accepts it, whatever order it names the codings in', async () => {
    const response = await get(`${server.url}/assets/index-Ab12Cd34.js`, { 'accept-encoding': CHROME });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(response.body).toString()).toBe(SCRIPT);
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
  });

  it('sends gzip to a client without brotli, or with brotli refused (q=0)', async () => {
    for (const acceptEncoding of ['gzip, deflate', 'br;q=0, gzip']) {
      const response = await get(`${server.url}/assets/index-Ab12Cd34.js`, {
        'accept-encoding': acceptEncoding,
      });
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      expect(gunzipSync(response.body).toString()).toBe(SCRIPT);
    }
  });

  it('falls back to gzip when a file has no brotli variant', async () => {
    const response = await get(`${server.url}/assets/index-Ef56Gh78.css`, { 'accept-encoding': CHROME });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toMatch(/^text\/css/);
    expect(gunzipSync(response.body).toString()).toBe(STYLE);
  });

  it('sends the file as it is to a client that accepts no compression', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }] as Record<string, string>[]) {
      const response = await get(`${server.url}/assets/index-Ab12Cd34.js`, headers);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      expect(response.body.toString()).toBe(SCRIPT);
    }
  });

  it('answers HEAD with the headers of the chosen variant', async () => {
    const response = await get(
      `${server.url}/assets/index-Ab12Cd34.js`,
      { 'accept-encoding': CHROME },
      'HEAD',
    );
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.body.length).toBe(0);
  });

  it('serves the admin app the same way under /admin', async () => {
    const response = await get(`${server.url}/admin/assets/index-Ab12Cd34.js`, { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get(`${server.url}/admin/inbox`, { 'accept-encoding': CHROME });
    expect(brotliDecompressSync(page.body).toString()).toBe(INDEX);
    expect(page.headers['cache-control']).toBe('no-cache');
  });
});

describe('cache policy', () => {
  it('keeps hashed assets a year without revalidation', async () => {
    for (const asset of ['/assets/index-Ab12Cd34.js', '/assets/index-Ef56Gh78.css']) {
      for (const acceptEncoding of [CHROME, 'gzip', 'identity']) {
        const response = await get(`${server.url}${asset}`, { 'accept-encoding': acceptEncoding });
        expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      }
    }
  });

  it('revalidates index.html, every page route that falls back to it, and the service worker', async () => {
    for (const url of ['/', '/index.html', '/cases/42', '/sign-in', '/sw.js']) {
      for (const acceptEncoding of [CHROME, 'identity']) {
        const response = await get(`${server.url}${url}`, { 'accept-encoding': acceptEncoding });
        expect({ url, status: response.status }).toEqual({ url, status: 200 });
        expect(response.headers['cache-control']).toBe('no-cache');
        expect(response.headers.etag).toBeDefined();
      }
    }
    const page = await get(`${server.url}/cases/42`, { 'accept-encoding': CHROME });
    expect(page.headers['content-type']).toMatch(/^text\/html; charset=utf-8$/);
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.body).toString()).toBe(INDEX);
    const worker = await get(`${server.url}/sw.js`, { 'accept-encoding': 'gzip' });
    expect(worker.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(gunzipSync(worker.body).toString()).toBe(WORKER);
  });

  it('answers a revalidation of an unchanged index.html with 304', async () => {
    const first = await get(`${server.url}/`, { 'accept-encoding': CHROME });
    const again = await get(`${server.url}/`, {
      'accept-encoding': CHROME,
      'if-none-match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
  });

  it('answers a 404 that claims no compression for a file removed since the server started', async () => {
    for (const suffix of ['', '.br', '.gz'])
      rmSync(path.join(root, 'portal/assets', `old-Ij90Kl12.js${suffix}`));
    const response = await get(`${server.url}/assets/old-Ij90Kl12.js`, { 'accept-encoding': CHROME });
    expect(response.status).toBe(404);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-type']).not.toMatch(/javascript/);
  });

  it('leaves a missing asset a 404 instead of the app page', async () => {
    const response = await get(`${server.url}/assets/index-Missing0.js`, { 'accept-encoding': CHROME });
    expect(response.status).toBe(404);
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});

describe('GraphQL responses', () => {
  // Introspection is on outside production: a response of a known, large size with no data behind it.
  const LARGE = '{ __schema { types { name description fields { name description } } } }';

  it('are compressed above the threshold, with the best coding the client accepts', async () => {
    const br = await postGraphql(`${server.url}/graphql/portal`, LARGE, CHROME);
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    const text = brotliDecompressSync(br.body).toString();
    expect(JSON.parse(text).data.__schema.types.length).toBeGreaterThan(10);
    expect(br.body.length).toBeLessThan(text.length / 3);

    const gzip = await postGraphql(`${server.url}/graphql/admin`, LARGE, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body).toString()).data.__schema.types.length).toBeGreaterThan(10);

    const plain = await postGraphql(`${server.url}/graphql/portal`, LARGE, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(text);
  });

  it('are sent as they are below the threshold (1 kB)', async () => {
    const small = await postGraphql(`${server.url}/graphql/portal`, '{ __typename }', CHROME);
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});
