import { createClient } from 'graphql-ws';
import { graphql } from '@/gql';
import type { NotificationFieldsFragment } from '@/gql/graphql';
import { currentLocale } from '@/locales';
import { PORTAL_ENDPOINT, request } from './client';

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

export async function fetchNotifications(first: number, after: string | null) {
  return (await request(NotificationsQuery, { first, after })).notifications;
}

export async function fetchUnreadCount(): Promise<number> {
  return (await request(UnreadNotificationCountQuery)).unreadNotificationCount;
}

/** Marks notifications read; resolves to the unread count left. */
export async function markNotificationsRead(ids: string[]): Promise<number> {
  return (await request(MarkNotificationsReadMutation, { ids })).markNotificationsRead;
}

export async function markAllNotificationsRead(): Promise<number> {
  return (await request(MarkAllNotificationsReadMutation)).markAllNotificationsRead;
}

export interface LiveNotificationHandlers {
  /** A new notification of the viewer. */
  added(notification: AppNotification): void;
  /** The connection came back after a break: whatever was written meanwhile was not pushed. */
  reconnected(): void;
  /** The server ended the feed for good (session gone); the caller finds out why over HTTP. */
  ended(): void;
}

/** graphql-ws's code for a connection refused for want of a valid session. */
const FORBIDDEN = 4403;

function websocketUrl(path: string): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
}

/**
 * Opens the live feed of the viewer's new notifications over graphql-ws, on the API's own path
 * so that the browser sends the session cookie with the upgrade. Network breaks are retried
 * with back-off for as long as the feed is open. Returns the function that closes it.
 */
export function openLiveNotifications(handlers: LiveNotificationHandlers): () => void {
  // Component tests run in happy-dom, whose WebSocket really connects (and retries for ever);
  // a spec that wants the feed mocks this module.
  if (import.meta.env.MODE === 'test') return () => undefined;
  let connections = 0;
  const client = createClient({
    url: websocketUrl(PORTAL_ENDPOINT),
    // Texts come rendered in the language the connection asks for.
    connectionParams: () => ({ locale: currentLocale() }),
    keepAlive: 20_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: (event) => (event as { code?: unknown } | null)?.code !== FORBIDDEN,
    on: {
      connected: () => {
        connections += 1;
        if (connections > 1) handlers.reconnected();
      },
    },
  });
  let open = true;
  const unsubscribe = client.subscribe<{ notificationAdded: AppNotification }>(
    { query: NotificationAddedSubscription.toString() },
    {
      next: ({ data }) => {
        if (data) handlers.added(data.notificationAdded);
      },
      error: () => {
        if (open) handlers.ended();
      },
      complete: () => undefined,
    },
  );
  return () => {
    open = false;
    unsubscribe();
    void client.dispose();
  };
}
