import { markRaw } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import {
  AlarmClock,
  Calendar,
  Collection,
  EditPen,
  DataAnalysis,
  Files,
  Finished,
  Grid,
  Guide,
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
import AdminLayout from '@/layouts/AdminLayout.vue';

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
    meta: { title: 'inbox', icon: markRaw(MessageBox), permission: 'case.triage' },
  },
  {
    path: 'cases',
    name: 'cases',
    component: () => import('@/views/cases/list.vue'),
    meta: { title: 'cases', icon: markRaw(Files), permission: 'case.read' },
  },
  {
    path: 'cases/new',
    name: 'case-new',
    component: () => import('@/views/cases/new.vue'),
    meta: { title: 'caseNew', icon: markRaw(EditPen), permission: 'case.triage' },
  },
  {
    path: 'cases/:id',
    name: 'case-detail',
    component: () => import('@/views/cases/detail.vue'),
    meta: { title: 'caseDetail', permission: 'case.read', activeMenu: '/cases' },
  },
  {
    path: 'enterprises',
    name: 'enterprises',
    component: () => import('@/views/enterprises/list.vue'),
    meta: { title: 'enterprises', icon: markRaw(OfficeBuilding), permission: 'directory.read' },
  },
  {
    path: 'enterprises/:id',
    name: 'enterprise-detail',
    component: () => import('@/views/enterprises/detail.vue'),
    meta: { title: 'enterpriseDetail', permission: 'directory.read', activeMenu: '/enterprises' },
  },
  {
    path: 'enterprise-claims',
    name: 'enterprise-claims',
    component: () => import('@/views/claims/list.vue'),
    meta: { title: 'enterpriseClaims', icon: markRaw(Stamp), permission: 'directory.claims' },
  },
  {
    path: 'users',
    name: 'users',
    component: () => import('@/views/users/list.vue'),
    meta: { title: 'users', icon: markRaw(User), permission: 'users.manage' },
  },
  {
    path: 'grids',
    name: 'grids',
    component: () => import('@/views/grids/list.vue'),
    meta: { title: 'grids', icon: markRaw(Grid), permission: 'organisation.write' },
  },
  {
    path: 'departments',
    name: 'departments',
    component: () => import('@/views/departments/list.vue'),
    meta: { title: 'departments', icon: markRaw(School), permission: 'organisation.write' },
  },
  {
    path: 'service-points',
    name: 'service-points',
    component: () => import('@/views/service-points/list.vue'),
    meta: { title: 'servicePoints', icon: markRaw(MapLocation), permission: 'organisation.write' },
  },
  {
    path: 'calendar',
    name: 'calendar',
    component: () => import('@/views/calendar/WorkingCalendar.vue'),
    meta: { title: 'calendar', icon: markRaw(Calendar), permission: 'calendar.view' },
  },
  {
    path: 'dispatch-catalogue',
    name: 'dispatch-catalogue',
    component: () => import('@/views/dispatch/DispatchCatalogue.vue'),
    meta: { title: 'dispatchCatalogue', icon: markRaw(Collection), permission: 'dispatch.read' },
  },
  {
    path: 'time-limits',
    name: 'time-limits',
    component: () => import('@/views/dispatch/TimeLimits.vue'),
    meta: { title: 'timeLimits', icon: markRaw(AlarmClock), permission: 'dispatch.read' },
  },
  {
    path: 'inspection-tasks',
    name: 'inspection-tasks',
    component: () => import('@/views/inspections/InspectionTasks.vue'),
    meta: { title: 'inspectionTasks', icon: markRaw(Guide), permission: 'inspection.tasks' },
  },
  {
    path: 'rectifications',
    name: 'rectifications',
    component: () => import('@/views/inspections/Rectifications.vue'),
    meta: { title: 'rectifications', icon: markRaw(Finished), permission: 'rectification.read' },
  },
  {
    path: 'inspection-figures',
    name: 'inspection-figures',
    component: () => import('@/views/inspections/InspectionFigures.vue'),
    meta: { title: 'inspectionFigures', icon: markRaw(DataAnalysis), permission: 'inspection.read' },
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
    meta: { title: 'sentMessages', icon: markRaw(Message), permission: 'messages.sent' },
  },
  {
    path: 'background-jobs',
    name: 'background-jobs',
    component: () => import('@/views/jobs/BackgroundJobs.vue'),
    meta: { title: 'backgroundJobs', icon: markRaw(Timer), permission: 'jobs.manage' },
  },
  {
    path: 'audit-log',
    name: 'audit-log',
    component: () => import('@/views/audit/AuditLog.vue'),
    meta: { title: 'auditLog', icon: markRaw(Tickets), permission: 'audit.read' },
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
