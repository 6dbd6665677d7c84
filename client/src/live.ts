import type { GraphQLClient, TypedDocument } from './graphql-client.js';

export interface LiveHandlers<TResult> {
  /** One event of the subscription. */
  next(data: TResult): void;
  /** The connection came back after a break: whatever happened meanwhile was not pushed. */
  reconnected(): void;
  /** The server ended the feed for good (session gone); the caller finds out why over HTTP. */
  ended(): void;
}

/** graphql-ws's code for a connection refused for want of a valid session. */
const FORBIDDEN = 4403;

function websocketUrl(path: string): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
}

/**
 * Opens one subscription of the API `client` talks to, over graphql-ws on the API's own path (so
 * the browser sends the session cookie with the upgrade); returns the function that closes it.
 * Network breaks are retried with back-off for as long as it is open; a connection refused for
 * want of a session is not. Used by the notification centre and by live pages (the supervision
 * board).
 */
export function openLiveSubscription<TResult, TVariables>(
  client: GraphQLClient,
  /** A subscription without variables. */
  document: TypedDocument<TResult, TVariables>,
  handlers: LiveHandlers<TResult>,
): () => void {
  let open = true;
  let close: (() => void) | null = null;
  // The socket's library is loaded with the first feed, not with the page: the feed starts as a
  // page is first shown, and in the same task its ~12 ms of first run made one of the page's
  // long tasks on a slow phone (docs/performance.md). Loaded apart, it runs in a task of its own.
  import('graphql-ws').then(
    ({ createClient }) => {
      if (!open) return;
      let connections = 0;
      const ws = createClient({
        url: websocketUrl(client.endpoint),
        // Texts come rendered in the language the connection asks for.
        connectionParams: () => ({ locale: client.locale() }),
        keepAlive: 20_000,
        retryAttempts: Number.POSITIVE_INFINITY,
        shouldRetry: (event) => (event as { code?: unknown } | null)?.code !== FORBIDDEN,
        on: {
          connected: () => {
            connections += 1;
            if (connections > 1) handlers.reconnected();
          },
        },
      });
      const unsubscribe = ws.subscribe<TResult>(
        { query: document.toString() },
        {
          next: ({ data }) => {
            if (data) handlers.next(data as TResult);
          },
          error: () => {
            if (open) handlers.ended();
          },
          complete: () => undefined,
        },
      );
      close = () => {
        unsubscribe();
        void ws.dispose();
      };
    },
    () => {
      // The chunk could not be loaded (offline, or a deploy replaced it): the feed is not live.
      if (open) handlers.ended();
    },
  );
  return () => {
    open = false;
    close?.();
  };
}
