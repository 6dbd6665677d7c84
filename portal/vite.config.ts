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
        // Other libraries (Vant's components above all) stay with the routes that use them: one
        // chunk of every library would put each page's components into the first load.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules[\\/](?:@vue|vue|vue-router|pinia)[\\/]/ },
            // The field labels and validation messages, in both languages: a chunk of their own that
            // stays cached until a label changes, instead of riding in the start-up code's chunk.
            { name: 'field-labels', test: /shared[\\/]dist[\\/]field-labels\.js$/ },
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
