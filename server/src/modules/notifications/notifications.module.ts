import { Module } from '@nestjs/common';
import { LiveNotifications } from './live-notifications.service.js';
import { MESSAGE_SENDER_PROVIDER } from './message-sender.js';
import { NotificationsService } from './notifications.service.js';
import { OutboxWorker } from './outbox.worker.js';

@Module({
  imports: [],
  providers: [NotificationsService, LiveNotifications, MESSAGE_SENDER_PROVIDER, OutboxWorker],
  exports: [NotificationsService, LiveNotifications],
})
export class NotificationsModule {}
