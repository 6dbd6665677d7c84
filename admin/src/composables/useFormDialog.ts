import { ref, useTemplateRef, watch, type Ref } from 'vue';
import type { FormInstance } from 'element-plus';
import { ApiError, type ApiErrorCode } from '@/api/client';
import { useServerErrors, type ServerErrorOptions } from './useServerErrors';

export interface FormDialogOptions<Model extends object, Saved> {
  /** The dialog's `v-model:open`. */
  open: Ref<boolean>;
  /** The form's reactive model; its fields receive the server's messages. */
  model: Model;
  /** Puts the values the dialog opens with into the model. */
  fill: () => void;
  /** Whether the dialog has what it saves (its subject); `submit` does nothing without. */
  ready?: () => boolean;
  /** Sends the form; called only once the form validated. */
  save: () => Promise<Saved>;
  /** After a save, before the dialog closes: say so, hand the result to the page. */
  saved: (result: Saved) => void;
  /** The server refused with one of `staleCodes`: someone changed the record first. */
  stale?: (error: ApiError) => unknown;
  staleCodes?: readonly ApiErrorCode[];
  errors?: ServerErrorOptions<keyof Model & string>;
}

/**
 * The skeleton of an edit dialog: fill the form on open, validate, save once, then close; the
 * server's messages go on the fields they name, and a stale record is handed back to the page.
 * The template names its `el-form` `ref="form"`.
 */
export function useFormDialog<Model extends object, Saved>(options: FormDialogOptions<Model, Saved>) {
  const { open, model, staleCodes = ['CONFLICT'] } = options;
  const form = useTemplateRef<FormInstance>('form');
  const submitting = ref(false);
  const { fieldErrors, formError, reset, clear, capture } = useServerErrors(model, options.errors);

  watch(open, (isOpen) => {
    if (!isOpen) return;
    options.fill();
    reset();
    form.value?.clearValidate();
  });

  async function submit(): Promise<void> {
    if (options.ready && !options.ready()) return;
    reset();
    const valid = await form.value?.validate().catch(() => false);
    if (!valid) return;
    submitting.value = true;
    try {
      options.saved(await options.save());
      open.value = false;
    } catch (error) {
      capture(error);
      if (error instanceof ApiError && staleCodes.includes(error.code)) await options.stale?.(error);
    } finally {
      submitting.value = false;
    }
  }

  return { form, submitting, fieldErrors, formError, reset, clear, submit };
}
