/**
 * An async iterator fed by pushes, for a subscription's event stream. Unlike an async generator,
 * `return()` ends it at once even while a `next()` waits — an unsubscribing client frees its
 * listener immediately instead of when the next event would have come.
 */
export class LiveQueue<T> implements AsyncIterableIterator<T> {
  readonly #buffer: T[] = [];
  readonly #waiting: ((result: IteratorResult<T>) => void)[] = [];
  #done = false;

  constructor(
    /** Called once when the stream ends, however it ends. */
    private readonly onEnd: () => void = () => undefined,
    /** Beyond this many unread items the oldest are dropped: a stalled client must not grow memory. */
    private readonly capacity = 100,
  ) {}

  push(item: T): void {
    if (this.#done) return;
    const waiter = this.#waiting.shift();
    if (waiter) {
      waiter({ value: item, done: false });
      return;
    }
    this.#buffer.push(item);
    if (this.#buffer.length > this.capacity) this.#buffer.shift();
  }

  next(): Promise<IteratorResult<T>> {
    const item = this.#buffer.shift();
    if (item !== undefined) return Promise.resolve({ value: item, done: false });
    if (this.#done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Takes every buffered item at once (to handle a burst in one go). */
  drain(): T[] {
    return this.#buffer.splice(0);
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  /** Ends the stream: waiting readers get `done`, buffered items are dropped. */
  end(): void {
    if (this.#done) return;
    this.#done = true;
    this.#buffer.length = 0;
    for (const waiter of this.#waiting.splice(0)) waiter({ value: undefined, done: true });
    this.onEnd();
  }

  get ended(): boolean {
    return this.#done;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
