import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
// vitest's defineConfig is vite's, typed with the `test` section this file also holds.
import { configDefaults, defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { compression } from 'vite-plugin-compression2';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { graphqlDocuments } from '../scripts/vite-graphql-documents';

const backend = 'http://localhost:3000';

/**
 * Test files that replace app modules with vi.mock: they run isolated (see test.projects below).
 * Found by reading the files, so a new one cannot be forgotten.
 */
const src = fileURLToPath(new URL('./src', import.meta.url));
const MOCKING = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.spec.ts') && /\bvi\.mock\(/.test(readFileSync(`${src}/${file}`, 'utf8')))
  .map((file) => `src/${file.replaceAll('\\', '/')}`);

export default defineConfig({
  // The server serves the built app under /admin/.
  base: '/admin/',
  plugins: [
    graphqlDocuments({
      artifactDirectories: [
        fileURLToPath(new URL('./src/gql', import.meta.url)),
        fileURLToPath(new URL('../client/dist/gql', import.meta.url)),
      ],
    }),
    vue(),
    Components({
      dts: 'src/components.d.ts',
      // Vitest runs in Node, which cannot load the component stylesheets.
      resolvers: [ElementPlusResolver({ importStyle: process.env.VITEST ? false : 'css' })],
    }),
    // Every text file of the build (the public folder's too) also as .br and .gz, at the highest
    // levels: compressed once here, never per request; the server sends the variant the browser
    // accepts (server/src/common/static-app.ts, docs/performance.md).
    compression({
      include: /\.(?:js|mjs|css|html|svg|json|webmanifest|txt)$/,
      algorithms: ['brotliCompress', 'gzip'],
    }),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // Its package's `main` is CommonJS with the class on `.default`; the pre-bundle below must get the
      // ES build a browser bundler picks, or Element Plus's form validation throws on `new Schema`.
      ...(process.env.VITEST ? { 'async-validator': 'async-validator/dist-web/index.js' } : {}),
    },
  },
  server: {
    port: 5174,
    strictPort: true,
    proxy: {
      '/graphql': { target: backend, ws: true },
      '/health': { target: backend },
    },
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['src/testing/happy-dom.ts'],
    // The test files of a worker share one page and one copy of the app's modules and Element Plus,
    // instead of each building a fresh page and importing them all again: the suite's CPU time
    // fell from about 100 s to about 35 s. src/testing/happy-dom.ts cleans up after each test and
    // file. Files that replace modules with vi.mock need modules of their own: they run isolated.
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          isolate: false,
          include: ['src/**/*.spec.ts'],
          exclude: [...configDefaults.exclude, ...MOCKING],
        },
      },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
    ],
    restoreMocks: true,
    unstubGlobals: true,
    // npm test runs two parts at once on two cores: a page that mounts Element Plus can take
    // seconds there. The tests wait on what the page shows, so the limit only bounds a hang.
    testTimeout: 30_000,
    // Through Vite, so that its CommonJS dependencies (async-validator) interoperate as in the browser.
    server: { deps: { inline: ['element-plus'] } },
    // Element Plus pre-bundled into a few files once per run, instead of its ~hundreds of modules
    // transformed and evaluated again for every test file: the import phase halves. Every entry the
    // app imports is listed, so that no second, unbundled copy exists beside the bundle.
    deps: {
      optimizer: {
        client: {
          enabled: true,
          include: [
            'element-plus',
            'element-plus/es',
            'element-plus/es/locale/lang/en',
            'element-plus/es/locale/lang/zh-cn',
            '@element-plus/icons-vue',
          ],
        },
      },
    },
  },
});
