import { defineNotifications } from '@gridbridge/client';
import * as api from '@/api/notifications';
import { currentLocale } from '@/locales';
import { useSessionStore } from './session';

export const { useNotificationsStore, useLiveNotifications } = defineNotifications({
  api,
  // A forced password change comes first; the server renders pushed texts in the feed's language.
  feedKey: () => {
    const session = useSessionStore();
    return session.viewer && !session.mustChangePassword ? `${session.viewer.id}:${currentLocale()}` : null;
  },
});
