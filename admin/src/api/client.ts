import { createGraphQLClient } from '@gridbridge/client';
import { currentLocale, i18n } from '@/locales';

export { ApiError, type ApiErrorCode, type FieldError } from '@gridbridge/client';

export const ADMIN_ENDPOINT = '/graphql/admin';

/** The admin API's client: the session cookie and the UI language go with every request. */
export const client = createGraphQLClient({
  endpoint: ADMIN_ENDPOINT,
  locale: currentLocale,
  networkMessage: () => i18n.global.t('error.network'),
});

export const { request, onApiError } = client;
