export { ApiError, toApiError, type ApiErrorCode, type FieldError } from './api-error.js';
export {
  createGraphQLClient,
  type GraphQLClient,
  type GraphQLClientOptions,
  type Request,
  type TypedDocument,
} from './graphql-client.js';
export {
  createNotificationsApi,
  type AppNotification,
  type LiveNotificationHandlers,
  type NotificationPage,
  type NotificationsApi,
  type NotificationsApiOptions,
} from './notifications/api.js';
export { defineNotifications, type NotificationsOptions } from './notifications/store.js';
export { openLiveSubscription, type LiveHandlers } from './live.js';
export { preloadPageCode, type MatchedRoute } from './preload-page.js';
