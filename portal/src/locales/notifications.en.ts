import type notificationsZhCN from './notifications.zh-CN';

/** The `notifications` section in English; it must have exactly the shape of notifications.zh-CN.ts. */
export default {
  bell: 'Messages',
  bellUnread: 'Messages, {count} unread',
  title: 'Messages',
  intro:
    'Progress on your cases — accepted, more information needed, replied — is announced here as it happens.',
  unreadSummary: '{count} unread',
  allRead: 'All read',
  markAllRead: 'Mark all as read',
  markRead: 'Mark as read',
  unread: 'Unread',
  viewCase: 'View case',
  empty: 'No messages yet',
  emptyHint: 'We will tell you here when one of your cases moves on.',
  loadFailed: 'Messages could not be loaded',
  retry: 'Try again',
  loadMore: 'Load more',
  loadingMore: 'Loading…',
  noMore: 'That is all',
  markedAllRead: 'All messages marked as read',
  newArrived: 'New message: {title}',
} satisfies typeof notificationsZhCN;
