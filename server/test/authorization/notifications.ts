import { NO_SUCH, OFFICE, type Expectation, type MatrixPart } from './expectation.js';

/** 消息 is the same on both APIs: any signed-in user, for their own notifications only. */
const OWN_NOTIFICATIONS: Record<string, Expectation> = {
  'Query.notifications': { allow: 'signed-in', variables: { first: 5 } },
  'Query.unreadNotificationCount': { allow: 'signed-in' },
  'Mutation.markNotificationsRead': { allow: 'signed-in', variables: { ids: [NO_SUCH] } },
  'Mutation.markAllNotificationsRead': { allow: 'signed-in' },
};

/** Who may call the operations of notifications and sent messages. */
export const NOTIFICATION_MATRIX: MatrixPart = {
  portal: { ...OWN_NOTIFICATIONS },
  admin: {
    ...OWN_NOTIFICATIONS,
    'Query.sentMessages': { allow: [...OFFICE, 'SYS_ADMIN'], variables: { channel: 'SMS' } },
  },
};
