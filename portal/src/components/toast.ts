import { readonly, ref } from 'vue';

export type ToastKind = 'success' | 'fail';

interface Toast {
  id: number;
  message: string;
  kind: ToastKind;
}

const DURATION_MS = 2400;

const current = ref<Toast | null>(null);
let nextId = 1;
let timer: ReturnType<typeof setTimeout> | undefined;

/** The message on screen, rendered by AppToast in a live region so screen readers announce it too. */
export const toast = readonly(current);

/** Shows a short message that goes away by itself. */
export function showToast(message: string, kind: ToastKind = 'success'): void {
  clearTimeout(timer);
  current.value = { id: nextId++, message, kind };
  timer = setTimeout(() => {
    current.value = null;
  }, DURATION_MS);
}
