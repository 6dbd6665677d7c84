import { getCurrentScope, onScopeDispose, ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { ApiError } from '@/api/client';
import { latestOnly } from './latestOnly';

export interface KeysetPage<Item> {
  items: Item[];
  /** The cursor of the page after this one, or none at the end of the list. */
  nextCursor?: string | null;
  /** The whole list's size, where the first page brings it (capped: "more than" that many). */
  totalCount?: number | null;
  totalCountCapped?: boolean | null;
}

export interface ListTotal {
  count: number;
  capped: boolean;
}

export interface KeysetList<Item> {
  items: ShallowRef<Item[]>;
  nextCursor: Ref<string | null>;
  /** The whole list's size from the latest first page, or null where the pages bring none. */
  total: Ref<ListTotal | null>;
  /** The first page is loading (a new filter, a refresh). */
  loading: Ref<boolean>;
  /** The page after those shown is loading ("load more"). */
  loadingMore: Ref<boolean>;
  loadError: ShallowRef<ApiError | null>;
  /** Loads the first page again, or with `more` the page after those shown. */
  load: (more?: boolean) => Promise<void>;
  /**
   * Reads the list again from its start as far as it was shown (the pages "load more" added
   * too) and shows it at once: a live update keeps the reader's place.
   */
  reload: () => Promise<void>;
  /** Loads the first page once typing has paused (a keyword box); `load` cancels the wait. */
  loadSoon: () => void;
  /** Puts an item changed elsewhere (a dialog, a switch) in place of the one with its id. */
  replace: (item: Item) => void;
}

/**
 * A list read in keyset pages: the first page for the current filters, "load more" after it,
 * one error shown above the table, and answers to superseded requests dropped.
 *
 * @param fetchPage the page after `after` (null: the first) for the filters in use now.
 * @param options.typingPauseMs how long `loadSoon` waits for typing to pause.
 */
export function useKeysetList<Item extends { id: string }>(
  fetchPage: (after: string | null) => Promise<KeysetPage<Item>>,
  { typingPauseMs = 300 }: { typingPauseMs?: number } = {},
): KeysetList<Item> {
  const items = shallowRef<Item[]>([]);
  const nextCursor = ref<string | null>(null);
  const total = ref<ListTotal | null>(null);
  const loading = ref(false);
  const loadingMore = ref(false);
  const loadError = shallowRef<ApiError | null>(null);
  const guard = latestOnly();
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  /** Runs one read of the list: a later read supersedes it, and its refusal is shown above the table. */
  async function read(more: boolean, work: (current: () => boolean) => Promise<void>): Promise<void> {
    clearTimeout(typingTimer);
    const request = guard.start();
    (more ? loadingMore : loading).value = true;
    loadError.value = null;
    try {
      await work(() => request.current());
    } catch (error) {
      if (!request.current()) return;
      if (!(error instanceof ApiError)) throw error;
      loadError.value = error;
    } finally {
      if (request.current()) {
        loading.value = false;
        loadingMore.value = false;
      }
    }
  }

  /** Shows `found` as the list, with the cursor after it and, from a first page, the total. */
  function show(found: Item[], last: KeysetPage<Item>, first: KeysetPage<Item> | null): void {
    items.value = found;
    nextCursor.value = last.nextCursor ?? null;
    if (first) {
      total.value =
        typeof first.totalCount === 'number'
          ? { count: first.totalCount, capped: first.totalCountCapped === true }
          : null;
    }
  }

  function load(more = false): Promise<void> {
    return read(more, async (current) => {
      const page = await fetchPage(more ? nextCursor.value : null);
      if (current()) show(more ? [...items.value, ...page.items] : page.items, page, more ? null : page);
    });
  }

  function reload(): Promise<void> {
    const shown = items.value.length;
    return read(false, async (current) => {
      const first = await fetchPage(null);
      let last = first;
      let found = first.items;
      while (found.length < shown && last.nextCursor && current()) {
        last = await fetchPage(last.nextCursor);
        found = [...found, ...last.items];
      }
      if (current()) show(found, last, first);
    });
  }

  function loadSoon(): void {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void load(), typingPauseMs);
  }

  function replace(item: Item): void {
    items.value = items.value.map((shown) => (shown.id === item.id ? item : shown));
  }

  if (getCurrentScope()) {
    onScopeDispose(() => {
      clearTimeout(typingTimer);
      guard.cancel();
    });
  }

  return { items, nextCursor, total, loading, loadingMore, loadError, load, reload, loadSoon, replace };
}
