import { graphql } from '../gql/index.js';
import type {
  NotificationFieldsFragment,
  NotificationsQuery as NotificationsResult,
} from '../gql/graphql.js';
import type { GraphQLClient } from '../graphql-client.js';
import { openLiveSubscription } from '../live.js';

/** One 消息 as the notification centre shows it; title and body are in the language asked for. */
export type AppNotification = NotificationFieldsFragment;

graphql(`
  fragment NotificationFields on Notification {
    id
    event
    title
    body
    caseId
    createdAt
    read
  }
`);

const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      items {
        ...NotificationFields
      }
      nextCursor
    }
  }
`);

const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`);

/** One page of the notification centre. */
export type NotificationPage = NotificationsResult['notifications'];

export interface LiveNotificationHandlers {
  /** A new notification of the viewer. */
  added(notification: AppNotification): void;
  /** The connection came back after a break: whatever was written meanwhile was not pushed. */
  reconnected(): void;
  /** The server ended the feed for good (session gone); the caller finds out why over HTTP. */
  ended(): void;
}

export interface NotificationsApi {
  /** One page of the viewer's notifications, newest first. */
  fetchNotifications(first: number, after: string | null): Promise<NotificationPage>;
  fetchUnreadCount(): Promise<number>;
  /** Marks notifications read; resolves to the unread count left. */
  markNotificationsRead(ids: string[]): Promise<number>;
  markAllNotificationsRead(): Promise<number>;
  /**
   * Opens the live feed of the viewer's new notifications; returns the function that closes it.
   * Network breaks are retried with back-off for as long as the feed is open.
   */
  openLiveNotifications(handlers: LiveNotificationHandlers): () => void;
}

export interface NotificationsApiOptions {
  /**
   * Whether the live feed really connects. Component tests run in happy-dom, whose WebSocket
   * really connects (and retries for ever); a spec that wants the feed mocks it instead.
   */
  live: boolean;
}

/** The notification centre's operations against the API `client` talks to. */
export function createNotificationsApi(
  client: GraphQLClient,
  options: NotificationsApiOptions,
): NotificationsApi {
  const { request } = client;
  return {
    async fetchNotifications(first, after) {
      return (await request(NotificationsQuery, { first, after })).notifications;
    },
    async fetchUnreadCount() {
      return (await request(UnreadNotificationCountQuery)).unreadNotificationCount;
    },
    async markNotificationsRead(ids) {
      return (await request(MarkNotificationsReadMutation, { ids })).markNotificationsRead;
    },
    async markAllNotificationsRead() {
      return (await request(MarkAllNotificationsReadMutation)).markAllNotificationsRead;
    },
    openLiveNotifications(handlers) {
      if (!options.live) return () => undefined;
      return openLiveSubscription(client, NotificationAddedSubscription, {
        next: (data) => handlers.added(data.notificationAdded),
        reconnected: handlers.reconnected,
        ended: handlers.ended,
      });
    },
  };
}
