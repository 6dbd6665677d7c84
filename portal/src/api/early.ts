/**
 * A page's first read, started while the router still waits for the session query, so that the
 * two round trips run side by side (`readEarly` in router/meta.d.ts, router/guard.ts). The page's
 * first request for the same key takes the answer instead of asking again.
 */
export interface EarlyRead<K, T> {
  /** Starts the read; returns what drops its answer, for a navigation that is refused. */
  start(key: K): () => void;
  /** The early answer for `key` if there is one (once), else a new read. */
  read(key: K): Promise<T>;
}

export function earlyRead<K, T>(request: (key: K) => Promise<T>): EarlyRead<K, T> {
  let early: { key: K; answer: Promise<T> } | null = null;
  return {
    start(key) {
      const answer = request(key);
      // Whoever takes it handles a failure; an answer nobody takes must not be an unhandled rejection.
      answer.catch(() => undefined);
      early = { key, answer };
      return () => {
        if (early?.answer === answer) early = null;
      };
    },
    read(key) {
      const taken = early !== null && early.key === key ? early.answer : null;
      early = null;
      // A failed early read (say, a session that turned out to be gone) is asked again, as it is now.
      return taken ? taken.catch(() => request(key)) : request(key);
    },
  };
}
