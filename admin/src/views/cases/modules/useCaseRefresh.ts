import { onBeforeUnmount, onMounted, watch } from 'vue';
import { useNotificationsStore } from '@/stores/notifications';

const MIN_INTERVAL_MS = 5_000;

/**
 * Keeps a case screen current so that nobody acts from a stale one: it reloads
 * - when a live notification about a case arrives (`concerns` decides which matter: the case page
 *   wants its own case, the inbox any case event),
 * - when the live feed reconnected and may have missed some,
 * - when the user comes back to the tab or window.
 * The server's version check decides in any case; this only spares users the conflict.
 */
export function useCaseRefresh(reload: () => unknown, concerns: (caseId: string) => boolean): void {
  const notifications = useNotificationsStore();
  let last = Date.now();

  const onReturn = () => {
    if (document.visibilityState !== 'visible' || Date.now() - last < MIN_INTERVAL_MS) return;
    last = Date.now();
    void reload();
  };
  const stop = notifications.onAdded((notification) => {
    if (notification.caseId && concerns(notification.caseId)) {
      last = Date.now();
      void reload();
    }
  });
  watch(
    () => notifications.revision,
    () => void reload(),
  );

  onMounted(() => {
    window.addEventListener('focus', onReturn);
    document.addEventListener('visibilitychange', onReturn);
  });
  onBeforeUnmount(() => {
    stop();
    window.removeEventListener('focus', onReturn);
    document.removeEventListener('visibilitychange', onReturn);
  });
}
