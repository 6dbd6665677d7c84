import { createNotificationsApi } from '@gridbridge/client';
import { client } from './client';

export type { AppNotification, LiveNotificationHandlers } from '@gridbridge/client';

export const {
  fetchNotifications,
  fetchUnreadCount,
  markNotificationsRead,
  markAllNotificationsRead,
  openLiveNotifications,
} = createNotificationsApi(client, { live: import.meta.env.MODE !== 'test' });
