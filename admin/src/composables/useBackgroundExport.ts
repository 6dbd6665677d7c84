import { computed, onBeforeUnmount, ref, shallowRef } from 'vue';
import { useI18n } from '@/locales';
import { ElMessage } from 'element-plus';
import { ApiError } from '@/api/client';
import { fetchMyExports, type ExportFile } from '@/api/exports';
import type { ExportKind } from '@/gql/graphql';

/** How often the page asks how the export stands. */
export const EXPORT_POLL_MS = 1500;

const inProgress = (file: ExportFile) => file.status === 'QUEUED' || file.status === 'RUNNING';

/** Hands a READY file to the browser: a plain GET that carries the admin session cookie. */
export function downloadExport(file: ExportFile): void {
  if (!file.downloadUrl) return;
  const link = document.createElement('a');
  link.href = file.downloadUrl;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/**
 * An export written in the background (server: modules/exports): the button asks for it, the
 * page polls `myExports` until it is READY — then downloads it — or FAILED, and says so. When
 * one of the user's exports of the same kind is already running, the page follows that one.
 */
export function useBackgroundExport(kind: ExportKind) {
  const { t } = useI18n();
  const requesting = ref(false);
  const current = shallowRef<ExportFile | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const busy = computed(() => requesting.value || (current.value !== null && inProgress(current.value)));

  function follow(file: ExportFile) {
    current.value = file;
    clearTimeout(timer);
    timer = setTimeout(() => void check(file.id), EXPORT_POLL_MS);
  }

  function finish(file: ExportFile | null) {
    current.value = null;
    if (!file) {
      ElMessage.error(t('exports.gone'));
    } else if (file.status === 'READY') {
      downloadExport(file);
      ElMessage.success(t('exports.ready', { count: file.rows ?? 0 }));
    } else {
      ElMessage.error(file.error ?? t('exports.failed'));
    }
  }

  async function check(id: string) {
    if (stopped) return;
    let file: ExportFile | null;
    try {
      file = (await fetchMyExports()).find((item) => item.id === id) ?? null;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // A dropped connection: keep asking; the export goes on without the page.
      if (error.code === 'NETWORK') return follow(current.value!);
      current.value = null;
      ElMessage.error(error.message);
      return;
    }
    if (stopped) return;
    if (file && inProgress(file)) follow(file);
    else finish(file);
  }

  /** Asks for the export with `request` (the page's mutation, with its filters). */
  async function start(request: () => Promise<ExportFile>) {
    if (busy.value) return;
    requesting.value = true;
    try {
      follow(await request());
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      ElMessage({ type: error.code === 'EXPORT_RUNNING' ? 'warning' : 'error', message: error.message });
      if (error.code === 'EXPORT_RUNNING') {
        const running = (await fetchMyExports().catch(() => [])).find(
          (file) => file.kind === kind && inProgress(file),
        );
        if (running) follow(running);
      }
    } finally {
      requesting.value = false;
    }
  }

  onBeforeUnmount(() => {
    stopped = true;
    clearTimeout(timer);
  });

  return { start, busy, current };
}
