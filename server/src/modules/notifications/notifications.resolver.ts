import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Allow, SIGNED_IN } from '../../common/allow.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { Viewer } from '../../common/gql-context.js';
import { currentLocale } from '../../common/request-context.js';
import { LiveNotifications } from './live-notifications.service.js';
import { NotificationsService } from './notifications.service.js';
import type { OutboxChannel } from './outbox-message.entity.js';
import {
  MessageChannelEnum,
  NotificationPage,
  NotificationType,
  SentMessagePage,
} from './notifications.types.js';

/**
 * 消息, the same on both APIs: every signed-in user reads and marks their own notifications, and
 * subscribes to new ones over graphql-ws. Texts come in the language of the request (of the
 * websocket connection, for the subscription).
 */
@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly live: LiveNotifications,
  ) {}

  @Query(() => NotificationPage, { description: "The viewer's notifications, newest first" })
  @Allow(SIGNED_IN)
  notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<NotificationPage> {
    return this.service.list(viewer.userId, first, after, currentLocale());
  }

  @Query(() => Int)
  @Allow(SIGNED_IN)
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer.userId);
  }

  @Mutation(() => Int, {
    description: "Marks the viewer's notifications among `ids` read; returns the unread count left",
  })
  @Allow(SIGNED_IN)
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.service.markRead(viewer.userId, ids);
  }

  @Mutation(() => Int, { description: "Marks all the viewer's notifications read; returns 0" })
  @Allow(SIGNED_IN)
  markAllNotificationsRead(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.markAllRead(viewer.userId);
  }

  @Subscription(() => NotificationType, {
    description: "Each new notification of the viewer, as it is written (graphql-ws on the API's path)",
    resolve: (notification: NotificationType) => notification,
  })
  @Allow(SIGNED_IN)
  notificationAdded(@CurrentViewer() viewer: Viewer): AsyncIterableIterator<NotificationType> {
    return this.live.stream(viewer, currentLocale());
  }
}

/** Admin API: 短信/邮件发送记录, what the recording sender sent, for the office and the administrator. */
@Resolver()
export class SentMessagesResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => SentMessagePage, { description: 'SMS and e-mail the recording sender kept, newest first' })
  @Allow('messages.sent')
  sentMessages(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('channel', { type: () => MessageChannelEnum, nullable: true }) channel: OutboxChannel | null,
  ): Promise<SentMessagePage> {
    return this.notifications.sentMessages(first, after, channel);
  }
}
