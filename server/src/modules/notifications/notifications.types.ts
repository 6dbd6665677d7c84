import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NOTIFICATION_EVENT_CODES, type NotificationEvent } from '@gridbridge/shared';
import type { OutboxChannel } from './outbox-message.entity.js';
import { enumOf } from '../../graphql/enum-of.js';

export const NotificationEventEnum = enumOf(NOTIFICATION_EVENT_CODES);
registerEnumType(NotificationEventEnum, { name: 'NotificationEvent' });
export const MessageChannelEnum = enumOf<OutboxChannel>(['SMS', 'EMAIL']);
registerEnumType(MessageChannelEnum, { name: 'MessageChannel' });

@ObjectType('Notification', { description: '消息: an in-app notification, in the language of the request' })
export class NotificationType {
  @Field(() => ID) id: string;
  @Field(() => NotificationEventEnum) event: NotificationEvent;
  @Field() title: string;
  @Field() body: string;
  @Field(() => ID, { nullable: true, description: 'The case it is about, if any' }) caseId: string | null;
  @Field() createdAt: Date;
  @Field() read: boolean;
}

@ObjectType()
export class NotificationPage {
  @Field(() => [NotificationType]) items: NotificationType[];
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}

@ObjectType('SentMessage', { description: 'An SMS or e-mail as the recording sender kept it' })
export class SentMessageType {
  @Field(() => ID) id: string;
  @Field(() => MessageChannelEnum) channel: OutboxChannel;
  @Field() recipient: string;
  @Field(() => String, { nullable: true, description: 'E-mail only' }) subject: string | null;
  @Field() body: string;
  @Field() sentAt: Date;
}

@ObjectType()
export class SentMessagePage {
  @Field(() => [SentMessageType]) items: SentMessageType[];
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}
