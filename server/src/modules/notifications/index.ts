/** The notifications domain's public surface: other domains import from here, never a file inside. */
export { NotificationsModule } from './notifications.module.js';
export { NotificationsService, type Notice } from './notifications.service.js';
export { LiveNotifications } from './live-notifications.service.js';
export { LiveQueue } from './live-queue.js';
