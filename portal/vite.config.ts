import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { compression } from 'vite-plugin-compression2';
import components from 'unplugin-vue-components/vite';
import { VantResolver } from '@vant/auto-import-resolver';
import { serviceWorkerPrecache } from './sw-precache.ts';
import { vantIconFontLocal } from './vant-icon-font.ts';
import { graphqlDocuments } from '../scripts/vite-graphql-documents.ts';

const API_ORIGIN = 'http://localhost:3000';

export default defineConfig({
  base: '/',
  plugins: [
    vantIconFontLocal(),
    graphqlDocuments({
      artifactDirectories: [
        fileURLToPath(new URL('./src/gql', import.meta.url)),
        fileURLToPath(new URL('../client/dist/gql', import.meta.url)),
      ],
    }),
    vue(),
    serviceWorkerPrecache(),
    components({
      dts: 'components.d.ts',
      // Only Vant is auto-imported; the app's own components are imported where they are used.
      dirs: [],
      // Node cannot load Vant's CSS side-effect imports, so tests resolve components without styles.
      resolvers: [VantResolver({ importStyle: !process.env.VITEST })],
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
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    rolldownOptions: {
      output: {
        // The framework changes less often than the app, so it gets one long-cached chunk of its own.
        // The rest of the first load is one chunk ('app'), and what the pages share is another
        // ('pages'): on a phone's connection every request costs a round trip (docs/performance.md).
        // Vant's components stay out of the first load unless the home page shows them: the 'app'
        // group takes only what the entry imports.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules[\\/](?:@vue|vue|vue-router|pinia)[\\/]/, priority: 3 },
            // What the first page needs besides the framework: one chunk rather than five.
            { name: 'app', tags: ['$initial'], priority: 2 },
            // The field labels and validation messages, in both languages: a chunk of their own that
            // stays cached until a label changes, instead of riding in the start-up code's chunk.
            { name: 'field-labels', test: /shared[\\/]dist[\\/]field-labels\.js$/, priority: 1 },
            // The code that several pages share (components, Vant's, API calls, forms): a page used
            // to wait for some twenty small chunks of it, a few requests at a time.
            { name: 'pages', minShareCount: 2 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: API_ORIGIN, ws: true },
      '/health': { target: API_ORIGIN },
    },
  },
});
