import { createNotificationsApi } from '@gridbridge/client';
import { graphql } from '@/gql';
import type { MessageChannel } from '@/gql/graphql';
import { client, request } from './client';

export type { AppNotification, LiveNotificationHandlers } from '@gridbridge/client';

export const {
  fetchNotifications,
  fetchUnreadCount,
  markNotificationsRead,
  markAllNotificationsRead,
  openLiveNotifications,
} = createNotificationsApi(client, { live: import.meta.env.MODE !== 'test' });

const SentMessagesQuery = graphql(`
  query SentMessages($first: Int!, $after: String, $channel: MessageChannel) {
    sentMessages(first: $first, after: $after, channel: $channel) {
      items {
        id
        channel
        recipient
        subject
        body
        sentAt
      }
      nextCursor
    }
  }
`);

/** 短信/邮件发送记录: what the recording sender sent, newest first. */
export async function fetchSentMessages(first: number, after: string | null, channel: MessageChannel | null) {
  return (await request(SentMessagesQuery, { first, after, channel })).sentMessages;
}
