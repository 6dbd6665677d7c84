import type { RouteRecordRaw } from 'vue-router';
import HomeView from '@/views/home/HomeView.vue';

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView, meta: { page: 'home' } },
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('@/views/auth/SignInView.vue'),
    meta: { page: 'signIn', guestOnly: true },
  },
  {
    path: '/change-password',
    name: 'change-password',
    component: () => import('@/views/auth/ChangePasswordView.vue'),
    meta: { page: 'changePassword', requiresAuth: true },
  },
  {
    path: '/mine',
    name: 'mine',
    component: () => import('@/views/mine/MineView.vue'),
    meta: { page: 'mine', requiresAuth: true },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/errors/NotFoundView.vue'),
    meta: { page: 'notFound' },
  },
];
