import { markRaw } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import { House, Tickets } from '@element-plus/icons-vue';
import AdminLayout from '@/layouts/AdminLayout.vue';

/** The pages inside the layout; those with an icon make up the sidebar menu. */
export const layoutRoutes: RouteRecordRaw[] = [
  {
    path: '',
    name: 'workbench',
    component: () => import('@/views/home/Workbench.vue'),
    meta: { title: 'workbench', icon: markRaw(House) },
  },
  {
    path: 'audit-log',
    name: 'audit-log',
    component: () => import('@/views/audit/AuditLog.vue'),
    meta: { title: 'auditLog', icon: markRaw(Tickets), roles: ['AUDITOR'] },
  },
  {
    path: '403',
    name: 'forbidden',
    component: () => import('@/views/error/Forbidden.vue'),
    meta: { title: 'forbidden' },
  },
  {
    path: ':pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/error/NotFound.vue'),
    meta: { title: 'notFound' },
  },
];

export const routes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('@/views/auth/SignIn.vue'),
    meta: { title: 'signIn', public: true },
  },
  {
    path: '/change-password',
    name: 'change-password',
    component: () => import('@/views/auth/ChangePassword.vue'),
    meta: { title: 'changePassword' },
  },
  { path: '/', component: AdminLayout, children: layoutRoutes },
];
