import { markRaw } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import {
  Calendar,
  EditPen,
  Files,
  Grid,
  House,
  MapLocation,
  Message,
  MessageBox,
  OfficeBuilding,
  School,
  Stamp,
  Tickets,
  Timer,
  User,
} from '@element-plus/icons-vue';
import type { Role } from '@gridbridge/shared';
import AdminLayout from '@/layouts/AdminLayout.vue';

const DIRECTORY_ROLES: readonly Role[] = ['OFFICE_STAFF', 'OFFICE_LEADER', 'SYS_ADMIN'];
const OFFICE_ROLES: readonly Role[] = ['OFFICE_STAFF', 'OFFICE_LEADER'];
const ADMIN_ONLY: readonly Role[] = ['SYS_ADMIN'];
const CASE_ROLES: readonly Role[] = [...OFFICE_ROLES, 'DEPT_STAFF', 'DEPT_LEADER'];

/** The pages inside the layout; those with an icon make up the sidebar menu. */
export const layoutRoutes: RouteRecordRaw[] = [
  {
    path: '',
    name: 'workbench',
    component: () => import('@/views/home/Workbench.vue'),
    meta: { title: 'workbench', icon: markRaw(House) },
  },
  // Cases: the office's inbox comes first, then search, entry and the case page (departments read their own).
  {
    path: 'inbox',
    name: 'inbox',
    component: () => import('@/views/cases/inbox.vue'),
    meta: { title: 'inbox', icon: markRaw(MessageBox), roles: OFFICE_ROLES },
  },
  {
    path: 'cases',
    name: 'cases',
    component: () => import('@/views/cases/list.vue'),
    meta: { title: 'cases', icon: markRaw(Files), roles: CASE_ROLES },
  },
  {
    path: 'cases/new',
    name: 'case-new',
    component: () => import('@/views/cases/new.vue'),
    meta: { title: 'caseNew', icon: markRaw(EditPen), roles: OFFICE_ROLES },
  },
  {
    path: 'cases/:id',
    name: 'case-detail',
    component: () => import('@/views/cases/detail.vue'),
    meta: { title: 'caseDetail', roles: CASE_ROLES, activeMenu: '/cases' },
  },
  {
    path: 'enterprises',
    name: 'enterprises',
    component: () => import('@/views/enterprises/list.vue'),
    meta: { title: 'enterprises', icon: markRaw(OfficeBuilding), roles: DIRECTORY_ROLES },
  },
  {
    path: 'enterprises/:id',
    name: 'enterprise-detail',
    component: () => import('@/views/enterprises/detail.vue'),
    meta: { title: 'enterpriseDetail', roles: DIRECTORY_ROLES, activeMenu: '/enterprises' },
  },
  {
    path: 'enterprise-claims',
    name: 'enterprise-claims',
    component: () => import('@/views/claims/list.vue'),
    meta: { title: 'enterpriseClaims', icon: markRaw(Stamp), roles: OFFICE_ROLES },
  },
  {
    path: 'users',
    name: 'users',
    component: () => import('@/views/users/list.vue'),
    meta: { title: 'users', icon: markRaw(User), roles: ADMIN_ONLY },
  },
  {
    path: 'grids',
    name: 'grids',
    component: () => import('@/views/grids/list.vue'),
    meta: { title: 'grids', icon: markRaw(Grid), roles: ADMIN_ONLY },
  },
  {
    path: 'departments',
    name: 'departments',
    component: () => import('@/views/departments/list.vue'),
    meta: { title: 'departments', icon: markRaw(School), roles: ADMIN_ONLY },
  },
  {
    path: 'service-points',
    name: 'service-points',
    component: () => import('@/views/service-points/list.vue'),
    meta: { title: 'servicePoints', icon: markRaw(MapLocation), roles: ADMIN_ONLY },
  },
  {
    path: 'calendar',
    name: 'calendar',
    component: () => import('@/views/calendar/WorkingCalendar.vue'),
    meta: { title: 'calendar', icon: markRaw(Calendar), roles: ['SYS_ADMIN', ...OFFICE_ROLES] },
  },
  {
    path: 'messages',
    name: 'messages',
    component: () => import('@/views/messages/list.vue'),
    meta: { title: 'messages' },
  },
  {
    path: 'sent-messages',
    name: 'sent-messages',
    component: () => import('@/views/messages/sent.vue'),
    meta: { title: 'sentMessages', icon: markRaw(Message), roles: ['SYS_ADMIN', ...OFFICE_ROLES] },
  },
  {
    path: 'background-jobs',
    name: 'background-jobs',
    component: () => import('@/views/jobs/BackgroundJobs.vue'),
    meta: { title: 'backgroundJobs', icon: markRaw(Timer), roles: ADMIN_ONLY },
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
