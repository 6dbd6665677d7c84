import { reactive, shallowRef, watch } from 'vue';
import { ApiError, type ApiErrorCode } from '@/api/client';

/**
 * Places a failed request's errors on a form: validation messages next to the fields they name,
 * everything else in one message above the form. A field's message goes once the user edits it.
 *
 * @param codeFields errors that, whatever their code says, concern one field (a wrong current
 *   password belongs beside the current-password input).
 */
export function useServerErrors<Model extends Record<string, unknown>>(
  model: Model,
  codeFields: Partial<Record<ApiErrorCode, keyof Model & string>> = {},
) {
  const fieldErrors = reactive<Record<string, string>>({});
  const formError = shallowRef<ApiError | null>(null);

  for (const field of Object.keys(model)) {
    watch(
      () => model[field],
      () => delete fieldErrors[field],
    );
  }

  function reset(): void {
    for (const field of Object.keys(fieldErrors)) delete fieldErrors[field];
    formError.value = null;
  }

  function capture(error: unknown): void {
    reset();
    if (!(error instanceof ApiError)) throw error;
    const codeField = codeFields[error.code];
    if (codeField) {
      fieldErrors[codeField] = error.message;
      return;
    }
    const known = Object.entries(error.fieldMessages()).filter(([field]) => field in model);
    for (const [field, message] of known) fieldErrors[field] = message;
    if (known.length === 0) formError.value = error;
  }

  return { fieldErrors, formError, reset, capture };
}
