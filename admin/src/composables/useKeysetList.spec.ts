import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiError } from '@/api/client';
import { useKeysetList, type KeysetPage } from './useKeysetList';

interface Row {
  id: string;
  name: string;
}

const row = (id: string, name = id): Row => ({ id, name });

/** A fetch whose answers the test releases one by one, in any order. */
function controlledFetch() {
  const calls: {
    after: string | null;
    answer: (page: KeysetPage<Row>) => void;
    fail: (error: unknown) => void;
  }[] = [];
  const fetchPage = vi.fn(
    (after: string | null) =>
      new Promise<KeysetPage<Row>>((resolve, reject) => {
        calls.push({ after, answer: resolve, fail: reject });
      }),
  );
  return { fetchPage, calls };
}

function inScope<T>(create: () => T) {
  const scope = effectScope();
  const result = scope.run(create)!;
  return { ...result, stop: () => scope.stop() } as T & { stop: () => void };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('useKeysetList', () => {
  it('loads the first page, then appends the next one after its cursor', async () => {
    const { fetchPage, calls } = controlledFetch();
    const list = useKeysetList(fetchPage);

    const first = list.load();
    expect(list.loading.value).toBe(true);
    calls[0].answer({ items: [row('a'), row('b')], nextCursor: 'c1' });
    await first;
    expect(list.loading.value).toBe(false);
    expect(list.items.value.map((r) => r.id)).toEqual(['a', 'b']);
    expect(list.nextCursor.value).toBe('c1');

    const more = list.load(true);
    expect(list.loadingMore.value).toBe(true);
    expect(list.loading.value).toBe(false);
    expect(calls[1].after).toBe('c1');
    calls[1].answer({ items: [row('c')], nextCursor: null });
    await more;
    expect(list.loadingMore.value).toBe(false);
    expect(list.items.value.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(list.nextCursor.value).toBeNull();
  });

  it('keeps the total of the first page through the next ones, and none where pages bring none', async () => {
    const { fetchPage, calls } = controlledFetch();
    const list = useKeysetList(fetchPage);

    const first = list.load();
    calls[0].answer({ items: [row('a')], nextCursor: 'c1', totalCount: 12000, totalCountCapped: true });
    await first;
    expect(list.total.value).toEqual({ count: 12000, capped: true });
    const more = list.load(true);
    calls[1].answer({ items: [row('b')], nextCursor: 'c2' });
    await more;
    expect(list.total.value).toEqual({ count: 12000, capped: true });
    const again = list.load();
    calls[2].answer({ items: [row('a')], nextCursor: null });
    await again;
    expect(list.total.value).toBeNull();
  });

  it('drops the answer to a superseded request, however late it comes', async () => {
    const { fetchPage, calls } = controlledFetch();
    const list = useKeysetList(fetchPage);

    const old = list.load();
    const fresh = list.load();
    calls[1].answer({ items: [row('new')], nextCursor: null });
    await fresh;
    calls[0].answer({ items: [row('old')], nextCursor: 'stale' });
    await old;

    expect(list.items.value.map((r) => r.id)).toEqual(['new']);
    expect(list.nextCursor.value).toBeNull();
    expect(list.loading.value).toBe(false);
  });

  it('keeps the loading state while a newer request is still out', async () => {
    const { fetchPage, calls } = controlledFetch();
    const list = useKeysetList(fetchPage);

    const old = list.load();
    void list.load();
    calls[0].answer({ items: [row('old')] });
    await old;
    expect(list.loading.value).toBe(true);
    expect(list.items.value).toEqual([]);
  });

  it('shows an API error, clears it on the next load, and ignores a superseded one', async () => {
    const { fetchPage, calls } = controlledFetch();
    const list = useKeysetList(fetchPage);
    const failure = new ApiError('FORBIDDEN', 'no');

    const failing = list.load();
    calls[0].fail(failure);
    await failing;
    expect(list.loadError.value).toBe(failure);
    expect(list.loading.value).toBe(false);

    const old = list.load();
    expect(list.loadError.value).toBeNull();
    const fresh = list.load();
    calls[1].fail(failure);
    await old;
    expect(list.loadError.value).toBeNull();
    calls[2].answer({ items: [row('a')] });
    await fresh;
    expect(list.loadError.value).toBeNull();
  });

  it('lets an error that is not the API’s through (a defect, not a message)', async () => {
    const { fetchPage, calls } = controlledFetch();
    const list = useKeysetList(fetchPage);
    const loading = list.load();
    calls[0].fail(new TypeError('bug'));
    await expect(loading).rejects.toThrow('bug');
  });

  it('waits for typing to pause before it searches, and a direct load cancels the wait', async () => {
    vi.useFakeTimers();
    const fetchPage = vi.fn(async () => ({ items: [row('a')] }));
    const list = inScope(() => useKeysetList(fetchPage, { typingPauseMs: 400 }));

    list.loadSoon();
    list.loadSoon();
    await vi.advanceTimersByTimeAsync(399);
    expect(fetchPage).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchPage).toHaveBeenCalledTimes(1);

    list.loadSoon();
    await list.load();
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetchPage).toHaveBeenCalledTimes(2);

    list.loadSoon();
    list.stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('drops answers that arrive after its scope ended (the page was left)', async () => {
    const { fetchPage, calls } = controlledFetch();
    const list = inScope(() => useKeysetList(fetchPage));
    const loading = list.load();
    list.stop();
    calls[0].answer({ items: [row('a')] });
    await loading;
    expect(list.items.value).toEqual([]);
  });

  it('puts a changed item in place of the one with its id', async () => {
    const list = useKeysetList(async () => ({ items: [row('a'), row('b')] }));
    await list.load();
    list.replace(row('b', 'renamed'));
    expect(list.items.value).toEqual([row('a'), row('b', 'renamed')]);
  });

  it('reloads as far as was shown, then shows the pages read at once', async () => {
    const { fetchPage, calls } = controlledFetch();
    const list = useKeysetList(fetchPage);
    const first = list.load();
    calls[0].answer({ items: [row('a'), row('b')], nextCursor: 'c1', totalCount: 5 });
    await first;
    const more = list.load(true);
    calls[1].answer({ items: [row('c'), row('d')], nextCursor: 'c2' });
    await more;

    const again = list.reload();
    expect(list.loading.value).toBe(true);
    expect(calls[2].after).toBeNull();
    calls[2].answer({ items: [row('new'), row('a')], nextCursor: 'd1', totalCount: 6 });
    await vi.waitFor(() => expect(calls).toHaveLength(4));
    // Until the last page needed is read, the list stays as it was.
    expect(list.items.value.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(calls[3].after).toBe('d1');
    calls[3].answer({ items: [row('b'), row('c')], nextCursor: 'd2' });
    await again;
    expect(calls).toHaveLength(4);
    expect(list.items.value.map((r) => r.id)).toEqual(['new', 'a', 'b', 'c']);
    expect(list.nextCursor.value).toBe('d2');
    expect(list.total.value).toEqual({ count: 6, capped: false });
    expect(list.loading.value).toBe(false);
  });

  it('reloads one page when no more was shown, and a newer load supersedes a reload', async () => {
    const { fetchPage, calls } = controlledFetch();
    const list = useKeysetList(fetchPage);
    const first = list.reload();
    calls[0].answer({ items: [row('a')], nextCursor: 'c1' });
    await first;
    expect(calls).toHaveLength(1);
    expect(list.items.value.map((r) => r.id)).toEqual(['a']);

    const stale = list.reload();
    const fresh = list.load();
    calls[2].answer({ items: [row('x')], nextCursor: null });
    await fresh;
    calls[1].answer({ items: [row('old')], nextCursor: 'c9' });
    await stale;
    expect(calls).toHaveLength(3);
    expect(list.items.value.map((r) => r.id)).toEqual(['x']);
  });
});
