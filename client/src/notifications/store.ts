import { computed, onScopeDispose, ref, watch } from 'vue';
import { defineStore } from 'pinia';
import { ApiError } from '../api-error.js';
import type { AppNotification, NotificationsApi } from './api.js';

type Listener = (notification: AppNotification) => void;

export interface NotificationsOptions {
  /**
   * The notification operations. An app passes its API module itself (`import * as api`), so a
   * spec that mocks that module mocks what the store calls.
   */
  api: NotificationsApi;
  /**
   * Who the feed is for and in which language (`${viewerId}:${locale}`), or null while no one
   * may have one (signed out, or before a forced password change). Read reactively.
   */
  feedKey: () => string | null;
}

/**
 * 消息 for the signed-in viewer: the unread count the bell shows and the live feed that keeps
 * it current. The count is always read from the server when the feed (re)starts, so it is right
 * after a reload or a lost connection; pushes only add to it in between.
 */
export function defineNotifications({ api, feedKey }: NotificationsOptions) {
  const useNotificationsStore = defineStore('notifications', () => {
    const unreadCount = ref(0);
    /** Goes up whenever pushes may have been missed (a reconnect): lists then reload. */
    const revision = ref(0);
    const live = ref(false);
    const listeners = new Set<Listener>();
    let close: (() => void) | null = null;

    async function refreshCount(): Promise<boolean> {
      try {
        unreadCount.value = await api.fetchUnreadCount();
        return true;
      } catch (error) {
        // The API client already reacts to a lost session; the bell just keeps its number.
        if (error instanceof ApiError) return false;
        throw error;
      }
    }

    function start(): void {
      if (close) return;
      live.value = true;
      void refreshCount();
      close = api.openLiveNotifications({
        added(notification) {
          if (!notification.read) unreadCount.value += 1;
          for (const listener of listeners) listener(notification);
        },
        reconnected() {
          void refreshCount();
          revision.value += 1;
        },
        ended() {
          close?.();
          close = null;
          live.value = false;
          // Over HTTP a lost session shows itself (and sends the viewer to sign in).
          void refreshCount();
        },
      });
    }

    function stop(): void {
      close?.();
      close = null;
      live.value = false;
      unreadCount.value = 0;
    }

    /** Calls `listener` with each pushed notification; returns the function that stops it. */
    function onAdded(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }

    /** The count a mark-read answered with. */
    function setUnreadCount(count: number): void {
      unreadCount.value = count;
    }

    return { unreadCount, revision, live, refreshCount, start, stop, onAdded, setUnreadCount };
  });

  /**
   * Runs the live feed while `feedKey` names a viewer, and reopens it when the key changes — the
   * server renders pushed texts in the connection's language. The app's bell calls it, so the
   * feed runs wherever the signed-in layout is shown, and closes with it.
   */
  function useLiveNotifications(): void {
    const store = useNotificationsStore();
    const key = computed(feedKey);
    watch(
      key,
      (current, previous) => {
        if (previous) store.stop();
        if (current) store.start();
      },
      { immediate: true },
    );
    onScopeDispose(() => store.stop());
  }

  return { useNotificationsStore, useLiveNotifications };
}
