import { beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import { createPinia, setActivePinia } from 'pinia';
import { ApiError } from '../api-error.js';
import type { AppNotification, LiveNotificationHandlers, NotificationsApi } from './api.js';
import { defineNotifications } from './store.js';

const notice = (id: string, read = false): AppNotification => ({
  id,
  event: 'CASE_ACCEPTED',
  title: '诉求已受理',
  body: '',
  caseId: 'c1',
  createdAt: '2026-03-02T02:00:00.000Z',
  read,
});

function fakeApi() {
  const feeds: { handlers: LiveNotificationHandlers; close: ReturnType<typeof vi.fn> }[] = [];
  const api = {
    fetchNotifications: vi.fn(),
    fetchUnreadCount: vi.fn(async () => 3),
    markNotificationsRead: vi.fn(),
    markAllNotificationsRead: vi.fn(),
    openLiveNotifications: vi.fn((handlers: LiveNotificationHandlers) => {
      const close = vi.fn();
      feeds.push({ handlers, close });
      return close;
    }),
  } satisfies NotificationsApi;
  return { api, feeds };
}

describe('notifications store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('reads the unread count when the feed starts and adds each unread push', async () => {
    const { api, feeds } = fakeApi();
    const store = defineNotifications({ api, feedKey: () => null }).useNotificationsStore();
    const pushed: AppNotification[] = [];
    store.onAdded((notification) => pushed.push(notification));

    store.start();
    await vi.waitFor(() => expect(store.unreadCount).toBe(3));
    feeds[0].handlers.added(notice('n1'));
    feeds[0].handlers.added(notice('n2', true));

    expect(store.unreadCount).toBe(4);
    expect(pushed.map(({ id }) => id)).toEqual(['n1', 'n2']);
    expect(store.live).toBe(true);
  });

  it('rereads the count and bumps the revision after a reconnect, when pushes may have been missed', async () => {
    const { api, feeds } = fakeApi();
    const store = defineNotifications({ api, feedKey: () => null }).useNotificationsStore();
    store.start();
    await vi.waitFor(() => expect(store.unreadCount).toBe(3));
    api.fetchUnreadCount.mockResolvedValue(7);

    feeds[0].handlers.reconnected();

    await vi.waitFor(() => expect(store.unreadCount).toBe(7));
    expect(store.revision).toBe(1);
  });

  it('keeps its number when the count cannot be read, and closes the feed the server ended', async () => {
    const { api, feeds } = fakeApi();
    const store = defineNotifications({ api, feedKey: () => null }).useNotificationsStore();
    store.start();
    await vi.waitFor(() => expect(store.unreadCount).toBe(3));
    api.fetchUnreadCount.mockRejectedValue(new ApiError('SESSION_EXPIRED', '登录已过期'));

    feeds[0].handlers.ended();

    await expect(store.refreshCount()).resolves.toBe(false);
    expect(store.unreadCount).toBe(3);
    expect(store.live).toBe(false);
    expect(feeds[0].close).toHaveBeenCalled();
  });

  it('runs the feed while the key names a viewer and reopens it when the key changes', async () => {
    const { api, feeds } = fakeApi();
    const key = ref<string | null>(null);
    const { useLiveNotifications, useNotificationsStore } = defineNotifications({
      api,
      feedKey: () => key.value,
    });
    const scope = effectScope();
    scope.run(() => useLiveNotifications());

    expect(api.openLiveNotifications).not.toHaveBeenCalled();
    key.value = 'u1:zh-CN';
    await nextTick();
    expect(feeds).toHaveLength(1);
    key.value = 'u1:en';
    await nextTick();
    expect(feeds[0].close).toHaveBeenCalled();
    expect(feeds).toHaveLength(2);

    scope.stop();
    expect(feeds[1].close).toHaveBeenCalled();
    expect(useNotificationsStore().unreadCount).toBe(0);
  });
});
