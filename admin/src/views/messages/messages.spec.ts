import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import * as api from '@/api/notifications';
import type { AppNotification } from '@/api/notifications';
import AdminLayout from '@/layouts/AdminLayout.vue';
import { setLocale } from '@/locales';
import { useNotificationsStore } from '@/stores/notifications';
import { useSessionStore } from '@/stores/session';
import { mountWithApp, viewer } from '@/testing';
import SentMessages from './sent.vue';

vi.mock('@/api/notifications');
// The case page a notification links to loads its case.
vi.mock('@/api/cases');

const notice = (id: string, overrides: Partial<AppNotification> = {}): AppNotification => ({
  id,
  event: 'CASE_SUBMITTED',
  title: '新诉求待受理',
  body: `诉求 YH2026000${id}「厂区供电不稳定」已提交,请在时限内受理。`,
  caseId: `case-${id}`,
  createdAt: '2026-11-20T06:30:00Z',
  read: false,
  ...overrides,
});

let live: api.LiveNotificationHandlers | undefined;
let closed = 0;
let mounted: VueWrapper | undefined;

// An app left mounted would follow the next test's language switch and open a feed of its own.
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

/** The layout at 消息, as the app shows it (the page itself is loaded on demand). */
async function openMessages() {
  const app = await mountWithApp(AdminLayout, { path: '/messages', viewer: viewer() });
  mounted = app.wrapper;
  await vi.waitFor(() => expect(app.wrapper.find('[data-testid="notification-table"]').exists()).toBe(true));
  await flushPromises();
  return app;
}

const bell = () => document.querySelector('[data-testid="notification-bell"]');
const rows = (wrapper: Awaited<ReturnType<typeof openMessages>>['wrapper']) =>
  wrapper.findAll('[data-testid="notification"]').map((row) => row.text());

describe('消息 in the admin app', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    live = undefined;
    closed = 0;
    vi.mocked(api.fetchUnreadCount).mockResolvedValue(1);
    vi.mocked(api.openLiveNotifications).mockImplementation((handlers) => {
      live = handlers;
      return () => {
        closed += 1;
      };
    });
    vi.mocked(api.fetchNotifications).mockResolvedValue({
      items: [notice('2'), notice('1', { read: true, caseId: null, title: '诉求已补充材料' })],
      nextCursor: null,
    });
  });

  it('shows the unread count on the bell and the viewer’s notifications', async () => {
    const { wrapper } = await openMessages();

    expect(bell()?.getAttribute('aria-label')).toBe('消息,1 条未读');
    expect(rows(wrapper)[0]).toContain('新诉求待受理');
    expect(rows(wrapper)[1]).toContain('诉求已补充材料');
    expect(wrapper.findAll('[data-testid="view-case"]')).toHaveLength(1);
    expect(wrapper.findAll('[data-testid="mark-read"]')).toHaveLength(1);
  });

  it('opens the case and marks its notification read', async () => {
    vi.mocked(api.markNotificationsRead).mockResolvedValue(0);
    const { wrapper, router } = await openMessages();

    await wrapper.get('[data-testid="view-case"]').trigger('click');
    await flushPromises();

    expect(api.markNotificationsRead).toHaveBeenCalledWith(['2']);
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/cases/case-2'), {
      timeout: 5000,
    });
    expect(useNotificationsStore().unreadCount).toBe(0);
  });

  it('adds a pushed notification on top, counts it, and reads all again after a reconnect', async () => {
    vi.mocked(api.markAllNotificationsRead).mockResolvedValue(0);
    const { wrapper } = await openMessages();
    expect(live).toBeDefined();

    live!.added(notice('3', { title: '诉求已撤回', event: 'CASE_WITHDRAWN' }));
    await flushPromises();
    expect(rows(wrapper)[0]).toContain('诉求已撤回');
    expect(bell()?.getAttribute('aria-label')).toBe('消息,2 条未读');

    vi.mocked(api.fetchUnreadCount).mockResolvedValue(4);
    live!.reconnected();
    await flushPromises();
    expect(api.fetchNotifications).toHaveBeenCalledTimes(2);
    expect(bell()?.getAttribute('aria-label')).toBe('消息,4 条未读');

    await wrapper.get('[data-testid="mark-all-read"]').trigger('click');
    await flushPromises();
    expect(bell()?.getAttribute('aria-label')).toBe('消息');
    expect(wrapper.get('[data-testid="unread-summary"]').text()).toBe('全部已读');
  });

  it('closes the feed on sign-out and reopens it in the new language', async () => {
    await openMessages();
    const closedBefore = closed;

    setLocale('en');
    await flushPromises();
    expect(closed).toBe(closedBefore + 1);
    expect(api.openLiveNotifications).toHaveBeenCalledTimes(2);
    expect(api.fetchNotifications).toHaveBeenCalledTimes(2);

    useSessionStore().clear();
    await flushPromises();
    expect(closed).toBe(closedBefore + 2);
    expect(useNotificationsStore().unreadCount).toBe(0);
  });
});

describe('短信/邮件发送记录', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
  });

  it('lists what was sent and filters by channel', async () => {
    vi.mocked(api.fetchSentMessages).mockImplementation(async (_first, _after, channel) => ({
      items: [
        ...(channel !== 'EMAIL'
          ? [
              {
                id: 's1',
                channel: 'SMS' as const,
                recipient: '13800000001',
                subject: null,
                body: '短信正文',
                sentAt: '2026-11-20T06:30:00Z',
              },
            ]
          : []),
        ...(channel !== 'SMS'
          ? [
              {
                id: 'e1',
                channel: 'EMAIL' as const,
                recipient: 'a@example.cn',
                subject: '邮件标题',
                body: '邮件正文',
                sentAt: '2026-11-20T06:00:00Z',
              },
            ]
          : []),
      ],
      nextCursor: null,
    }));
    const { wrapper } = await mountWithApp(SentMessages, {
      path: '/sent-messages',
      viewer: viewer({ roles: ['SYS_ADMIN'] }),
    });
    mounted = wrapper;

    const table = () => wrapper.get('[data-testid="sent-table"]').text();
    expect(table()).toContain('13800000001');
    expect(table()).toContain('邮件标题');

    const email = wrapper
      .findAll('[data-testid="channel-filter"] input')
      .find((input) => input.element.getAttribute('value') === 'EMAIL');
    await email!.setValue(true);
    await flushPromises();

    expect(api.fetchSentMessages).toHaveBeenLastCalledWith(20, null, 'EMAIL');
    expect(table()).not.toContain('13800000001');
    expect(table()).toContain('邮件正文');
  });
});
