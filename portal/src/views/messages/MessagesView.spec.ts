import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import * as account from '@/api/account';
import * as cases from '@/api/cases';
import { ApiError } from '@/api/client';
import * as notifications from '@/api/notifications';
import type { AppNotification } from '@/api/notifications';
import { setLocale } from '@/locales';
import { useNotificationsStore } from '@/stores/notifications';
import { useSessionStore } from '@/stores/session';
import { enterpriseViewer, mountAt } from '@/testing/mount';

vi.mock('@/api/account');
vi.mock('@/api/cases');
// The pages' early reads (router/routes.ts) would otherwise go to the network.
vi.mock('@/api/first-reads');
vi.mock('@/api/notifications');

const notice = (id: string, overrides: Partial<AppNotification> = {}): AppNotification => ({
  id,
  event: 'CASE_ACCEPTED',
  title: '诉求已受理',
  body: `您的诉求 YH2026000${id}「厂区供电不稳定」已受理。`,
  caseId: `case-${id}`,
  createdAt: '2026-11-20T06:30:00Z',
  read: false,
  ...overrides,
});

let live: notifications.LiveNotificationHandlers | undefined;
let closed = 0;

const bell = () => document.querySelector('[data-testid="notification-bell"]');

/** The page with the header's bell, which is loaded on demand, shown and counting. */
async function mountMessages() {
  const mounted = await mountAt('/messages');
  await vi.waitFor(() => expect(bell()).not.toBeNull());
  await flushPromises();
  return mounted;
}

describe('消息, the notification centre', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    live = undefined;
    closed = 0;
    vi.mocked(account.fetchViewer).mockResolvedValue(enterpriseViewer);
    vi.mocked(notifications.fetchUnreadCount).mockResolvedValue(2);
    vi.mocked(notifications.openLiveNotifications).mockImplementation((handlers) => {
      live = handlers;
      return () => {
        closed += 1;
      };
    });
    vi.mocked(notifications.fetchNotifications).mockResolvedValue({
      items: [notice('2'), notice('1', { read: true, event: 'CASE_RECEIVED', title: '诉求已提交' })],
      nextCursor: null,
    });
  });

  it('shows the unread count on the bell and lists the viewer’s notifications, newest first', async () => {
    const { wrapper } = await mountMessages();

    expect(bell()?.getAttribute('aria-label')).toBe('消息，2 条未读');
    expect(bell()?.textContent).toContain('2');
    const items = wrapper.findAll('[data-testid="notification"]');
    expect(items.map((item) => item.find('.message__title').text())).toEqual([
      '未读 诉求已受理',
      '诉求已提交',
    ]);
    expect(wrapper.get('[data-testid="unread-summary"]').text()).toBe('2 条未读');
    expect(items[1].find('[data-testid="mark-read"]').exists()).toBe(false);
  });

  it('opens the live feed once the page has loaded when the bell comes with the first page', async () => {
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    try {
      await mountMessages();
      expect(notifications.openLiveNotifications).not.toHaveBeenCalled();
      expect(notifications.fetchUnreadCount).not.toHaveBeenCalled();

      window.dispatchEvent(new Event('load'));
      await vi.waitFor(() => expect(notifications.openLiveNotifications).toHaveBeenCalledTimes(1));
      await flushPromises();
      expect(bell()?.getAttribute('aria-label')).toBe('消息，2 条未读');
    } finally {
      readyState.mockRestore();
    }
  });

  it('marks a notification read when it is opened and goes to its case', async () => {
    vi.mocked(notifications.markNotificationsRead).mockResolvedValue(1);
    vi.mocked(cases.fetchMyCase).mockReturnValue(new Promise(() => undefined));
    const { wrapper, router } = await mountMessages();

    await wrapper.get('[data-testid="notification"] .message__main').trigger('click');
    await flushPromises();

    expect(notifications.markNotificationsRead).toHaveBeenCalledWith(['2']);
    // The case page is loaded on demand, which takes a moment the first time.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/cases/case-2'), {
      timeout: 5000,
    });
    expect(useNotificationsStore().unreadCount).toBe(1);
  });

  it('marks all read at once', async () => {
    vi.mocked(notifications.markAllNotificationsRead).mockResolvedValue(0);
    const { wrapper } = await mountMessages();

    await wrapper.get('[data-testid="mark-all-read"]').trigger('click');
    await flushPromises();

    expect(wrapper.findAll('[data-testid="mark-read"]')).toHaveLength(0);
    expect(wrapper.get('[data-testid="unread-summary"]').text()).toBe('全部已读');
    expect(bell()?.getAttribute('aria-label')).toBe('消息');
  });

  it('puts a pushed notification on top and counts it, and reloads after a reconnect', async () => {
    const { wrapper } = await mountMessages();
    expect(live).toBeDefined();

    live!.added(notice('3', { event: 'CASE_INFO_REQUESTED', title: '请补充材料' }));
    await flushPromises();
    expect(wrapper.findAll('[data-testid="notification"]')[0].text()).toContain('请补充材料');
    expect(useNotificationsStore().unreadCount).toBe(3);

    // Whatever came while the connection was down is read again, count included.
    vi.mocked(notifications.fetchUnreadCount).mockResolvedValue(5);
    live!.reconnected();
    await flushPromises();
    expect(notifications.fetchNotifications).toHaveBeenCalledTimes(2);
    expect(useNotificationsStore().unreadCount).toBe(5);
  });

  it('reads the list and reopens the feed in the new language after a language switch', async () => {
    await mountMessages();
    expect(notifications.openLiveNotifications).toHaveBeenCalledTimes(1);
    // (Mounting closed the previous test's feed.)
    const closedBefore = closed;

    setLocale('en');
    await flushPromises();

    expect(closed).toBe(closedBefore + 1);
    expect(notifications.openLiveNotifications).toHaveBeenCalledTimes(2);
    expect(notifications.fetchNotifications).toHaveBeenCalledTimes(2);
    expect(bell()?.getAttribute('aria-label')).toBe('Messages, 2 unread');
  });

  it('says so when there is nothing yet, and offers a retry when loading failed', async () => {
    vi.mocked(notifications.fetchNotifications).mockResolvedValueOnce({ items: [], nextCursor: null });
    const { wrapper } = await mountMessages();
    expect(wrapper.get('main').text()).toContain('暂无消息');

    vi.mocked(notifications.fetchNotifications).mockRejectedValueOnce(
      new ApiError('NETWORK', '无法连接服务器'),
    );
    const again = await mountMessages();
    expect(again.wrapper.get('[role="alert"]').text()).toContain('消息加载失败');
    await again.wrapper.get('[role="alert"] button').trigger('click');
    await flushPromises();
    expect(again.wrapper.findAll('[data-testid="notification"]')).toHaveLength(2);
  });

  it('pages on with the cursor', async () => {
    vi.mocked(notifications.fetchNotifications)
      .mockResolvedValueOnce({ items: [notice('2')], nextCursor: 'c1' })
      .mockResolvedValueOnce({ items: [notice('1')], nextCursor: null });
    const { wrapper } = await mountMessages();

    await wrapper.get('[data-testid="load-more"]').trigger('click');
    await flushPromises();

    expect(vi.mocked(notifications.fetchNotifications).mock.calls).toEqual([
      [20, null],
      [20, 'c1'],
    ]);
    expect(wrapper.findAll('[data-testid="notification"]')).toHaveLength(2);
    expect(wrapper.text()).toContain('没有更多了');
  });

  it('stops the feed when the viewer signs out', async () => {
    vi.mocked(account.logout).mockResolvedValue();
    await mountMessages();
    const closedBefore = closed;

    await useSessionStore().signOut();
    await flushPromises();

    expect(closed).toBe(closedBefore + 1);
    expect(bell()).toBeNull();
  });
});
