import type { RouteRecordRaw } from 'vue-router';
import { readCaseDepartmentsEarly, readMyCaseEarly } from '@/api/first-reads';
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
    path: '/register',
    name: 'register',
    component: () => import('@/views/register/RegisterView.vue'),
    meta: { page: 'register' },
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
    path: '/scorecard',
    name: 'scorecard',
    component: () => import('@/views/scorecard/ScorecardView.vue'),
    meta: { page: 'scorecard' },
  },
  {
    path: '/service-points',
    name: 'service-points',
    component: () => import('@/views/service-points/ServicePointsView.vue'),
    meta: { page: 'servicePoints' },
  },
  {
    path: '/enterprise',
    name: 'enterprise',
    component: () => import('@/views/enterprise/EnterpriseView.vue'),
    meta: { page: 'enterprise', requiresAuth: true, permission: 'directory.ownEnterprise' },
  },
  {
    path: '/grid',
    name: 'grid',
    component: () => import('@/views/grid/GridEnterprisesView.vue'),
    meta: { page: 'grid', requiresAuth: true, permission: 'directory.ownGrid' },
  },
  {
    path: '/grid/enterprises/:id',
    name: 'grid-enterprise',
    component: () => import('@/views/grid/GridEnterpriseView.vue'),
    meta: { page: 'gridEnterprise', requiresAuth: true, permission: 'directory.ownGrid' },
  },
  {
    path: '/condition',
    name: 'condition',
    component: () => import('@/views/condition/ConditionReportView.vue'),
    meta: { page: 'condition', requiresAuth: true, permission: 'directory.ownEnterprise' },
  },
  {
    path: '/grid/conditions',
    name: 'grid-conditions',
    component: () => import('@/views/condition/GridConditionsView.vue'),
    meta: { page: 'gridConditions', requiresAuth: true, permission: 'condition.visit' },
  },
  {
    path: '/grid/enterprises/:id/condition',
    name: 'grid-condition-report',
    component: () => import('@/views/condition/ConditionReportView.vue'),
    meta: { page: 'condition', requiresAuth: true, permission: 'condition.visit' },
  },
  {
    path: '/grid/enterprises/:id/visit',
    name: 'grid-condition-visit',
    component: () => import('@/views/condition/ConditionVisitView.vue'),
    meta: { page: 'conditionVisit', requiresAuth: true, permission: 'condition.visit' },
  },
  {
    path: '/cases',
    name: 'cases',
    component: () => import('@/views/cases/MyCasesView.vue'),
    meta: { page: 'cases', requiresAuth: true, permission: 'case.report' },
  },
  {
    path: '/cases/new',
    name: 'new-case',
    component: () => import('@/views/cases/NewCaseView.vue'),
    meta: {
      page: 'newCase',
      requiresAuth: true,
      permission: 'case.report',
      // The department list: its options would otherwise come one round trip after the form.
      readEarly: async () => readCaseDepartmentsEarly(),
    },
  },
  {
    path: '/cases/:id',
    name: 'case',
    component: () => import('@/views/cases/CaseView.vue'),
    meta: {
      page: 'case',
      requiresAuth: true,
      permission: 'case.report',
      readEarly: async (to) => readMyCaseEarly(String(to.params.id)),
    },
  },
  {
    path: '/cases/:id/submitted',
    name: 'case-submitted',
    component: () => import('@/views/cases/CaseSubmittedView.vue'),
    meta: { page: 'caseSubmitted', requiresAuth: true, permission: 'case.report' },
  },
  {
    path: '/track',
    name: 'track',
    component: () => import('@/views/track/TrackView.vue'),
    meta: { page: 'track' },
  },
  {
    path: '/notices',
    name: 'notices',
    component: () => import('@/views/notices/NoticesView.vue'),
    meta: { page: 'notices' },
  },
  {
    path: '/notices/:id',
    name: 'notice',
    component: () => import('@/views/notices/NoticeView.vue'),
    meta: { page: 'notice' },
  },
  {
    path: '/messages',
    name: 'messages',
    component: () => import('@/views/messages/MessagesView.vue'),
    meta: { page: 'messages', requiresAuth: true },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/errors/NotFoundView.vue'),
    meta: { page: 'notFound' },
  },
];
