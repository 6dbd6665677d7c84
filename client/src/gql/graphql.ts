/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type NotificationEvent =
  | 'ACCOUNTABILITY_RECORDED'
  | 'CASE_ACCEPTED'
  | 'CASE_ASSIGNED'
  | 'CASE_AUTO_CLOSED'
  | 'CASE_CLOSED'
  | 'CASE_DISPUTED'
  | 'CASE_DUPLICATE'
  | 'CASE_EVALUATED'
  | 'CASE_EXTENSION_APPROVED'
  | 'CASE_EXTENSION_DENIED'
  | 'CASE_EXTENSION_REQUESTED'
  | 'CASE_INFO_REQUESTED'
  | 'CASE_IN_HAND'
  | 'CASE_OPINION_GIVEN'
  | 'CASE_RECEIVED'
  | 'CASE_REJECTED'
  | 'CASE_REOPENED'
  | 'CASE_REPLIED'
  | 'CASE_REPLY_DRAFTED'
  | 'CASE_REPLY_SUBMITTED'
  | 'CASE_RESUMED'
  | 'CASE_RETURNED'
  | 'CASE_RETURN_APPROVED'
  | 'CASE_RETURN_DENIED'
  | 'CASE_RETURN_REQUESTED'
  | 'CASE_SENT_BACK'
  | 'CASE_SUBMITTED'
  | 'CASE_SUPERVISED'
  | 'CASE_SUPERVISION_ACKNOWLEDGED'
  | 'CASE_SUPPLEMENTED'
  | 'CASE_URGED'
  | 'CASE_WARNING_RED'
  | 'CASE_WARNING_YELLOW'
  | 'CASE_WITHDRAWN'
  | 'CONDITION_REPORTS_MISSING'
  | 'CONDITION_REPORT_DUE'
  | 'RECTIFICATION_WARNING_RED'
  | 'RECTIFICATION_WARNING_YELLOW';

export type NotificationFieldsFragment = { id: string, event: NotificationEvent, title: string, body: string, caseId: string | null, createdAt: string, read: boolean };

export type NotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { nextCursor: string | null, items: Array<{ id: string, event: NotificationEvent, title: string, body: string, caseId: string | null, createdAt: string, read: boolean }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, event: NotificationEvent, title: string, body: string, caseId: string | null, createdAt: string, read: boolean } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const NotificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationFields on Notification {
  id
  event
  title
  body
  caseId
  createdAt
  read
}
    `, {"fragmentName":"NotificationFields"}) as unknown as TypedDocumentString<NotificationFieldsFragment, unknown>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int!, $after: String) {
  notifications(first: $first, after: $after) {
    items {
      ...NotificationFields
    }
    nextCursor
  }
}
    fragment NotificationFields on Notification {
  id
  event
  title
  body
  caseId
  createdAt
  read
}`) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead
}
    `) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const NotificationAddedDocument = new TypedDocumentString(`
    subscription NotificationAdded {
  notificationAdded {
    ...NotificationFields
  }
}
    fragment NotificationFields on Notification {
  id
  event
  title
  body
  caseId
  createdAt
  read
}`) as unknown as TypedDocumentString<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;