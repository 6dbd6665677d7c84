import { createRouter, createWebHistory } from 'vue-router';
import { routes } from './routes';
import { installGuards } from './guards';

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: () => ({ top: 0 }),
  });
  installGuards(router);
  return router;
}
