/**
 * Tells whether an answer still matters: each `start()` supersedes the requests started before it,
 * so a slow answer to an old filter never overwrites the answer to the filter now shown.
 *
 *     const request = guard.start();
 *     const page = await fetch…;
 *     if (!request.current()) return;
 */
export function latestOnly() {
  let latest = 0;
  return {
    start() {
      const request = ++latest;
      return { current: () => request === latest };
    },
    /** Drops every request in flight (the page or dialog they were for is gone). */
    cancel(): void {
      latest += 1;
    },
  };
}
