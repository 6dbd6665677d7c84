/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';

const backend = 'http://localhost:3000';

export default defineConfig({
  // The server serves the built app under /admin/.
  base: '/admin/',
  plugins: [
    vue(),
    Components({
      dts: 'src/components.d.ts',
      // Vitest runs in Node, which cannot load the component stylesheets.
      resolvers: [ElementPlusResolver({ importStyle: process.env.VITEST ? false : 'css' })],
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
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
    include: ['src/**/*.spec.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // Through Vite, so that its CommonJS dependencies (async-validator) interoperate as in the browser.
    server: { deps: { inline: ['element-plus'] } },
  },
});
