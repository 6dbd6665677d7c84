/** What preloadPageCode reads of a route location (vue-router's RouteLocationNormalized fits). */
export interface MatchedRoute {
  matched: ReadonlyArray<{ components?: Readonly<Record<string, unknown>> | null }>;
}

/**
 * Starts fetching the code of a page's lazy components. vue-router loads them only after the
 * global guards have passed, that is after the session query's round trip; started from a guard,
 * the page's chunk comes beside it. Calling a loader again later returns the same module.
 */
export function preloadPageCode(to: MatchedRoute): void {
  for (const record of to.matched) {
    for (const component of Object.values(record.components ?? {})) {
      // A function that is not a functional component (vue-router's own test) is a lazy loader.
      if (typeof component === 'function' && !('displayName' in component || 'props' in component)) {
        void (component as () => Promise<unknown>)().catch(() => undefined);
      }
    }
  }
}
