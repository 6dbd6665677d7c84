import { createGraphQLClient } from '@gridbridge/client';
import { currentLocale, t } from '@/locales';

export { ApiError, type ApiErrorCode, type FieldError } from '@gridbridge/client';

export const PORTAL_ENDPOINT = '/graphql/portal';

/** The portal API's client: the session cookie and the UI language go with every request. */
export const client = createGraphQLClient({
  endpoint: PORTAL_ENDPOINT,
  locale: currentLocale,
  networkMessage: () => t('errors.network'),
});

export const { request, onApiError } = client;
