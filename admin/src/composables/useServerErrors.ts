import { reactive, shallowRef, watch } from 'vue';
import { ApiError, type ApiErrorCode } from '@/api/client';

export interface ServerErrorOptions<Field extends string> {
  /** Errors that, whatever their code says, concern one field (a wrong current password). */
  codeFields?: Partial<Record<ApiErrorCode, Field>>;
  /**
   * The form item that shows a server field, where the names differ (the server's `reason` is the
   * dialog's `note`) or the item is outside the model (the calendar's year).
   */
  serverFields?: Record<string, string>;
  /** Keep paths into a model field whole (`off.2.name`), for forms that repeat rows. */
  nested?: boolean;
}

/**
 * Places a failed request's errors on a form: validation messages next to the fields they name,
 * everything else in one message above the form. A field's message goes once the user edits it.
 */
export function useServerErrors<Model extends object>(
  model: Model,
  { codeFields = {}, serverFields = {}, nested = false }: ServerErrorOptions<keyof Model & string> = {},
) {
  const fieldErrors = reactive<Record<string, string>>({});
  const formError = shallowRef<ApiError | null>(null);

  for (const field of Object.keys(model) as (keyof Model & string)[]) {
    watch(
      () => model[field],
      () => delete fieldErrors[field],
    );
  }

  /** The form item that shows the server's `field`, if the form has one. */
  function itemOf(field: string): string | undefined {
    if (field in serverFields) return serverFields[field];
    if (field in model) return field;
    if (nested && field.split('.')[0] in model) return field;
    return undefined;
  }

  function reset(): void {
    for (const field of Object.keys(fieldErrors)) delete fieldErrors[field];
    formError.value = null;
  }

  /** Forgets one item's message (a row edited, where no model watch sees it). */
  function clear(field: string): void {
    delete fieldErrors[field];
  }

  function capture(error: unknown): void {
    reset();
    if (!(error instanceof ApiError)) throw error;
    const codeField = codeFields[error.code];
    if (codeField) {
      fieldErrors[codeField] = error.message;
      return;
    }
    let placed = 0;
    for (const [field, message] of Object.entries(error.fieldMessages())) {
      const item = itemOf(field);
      if (item === undefined) continue;
      fieldErrors[item] ??= message;
      placed += 1;
    }
    if (placed === 0) formError.value = error;
  }

  return { fieldErrors, formError, reset, clear, capture };
}
