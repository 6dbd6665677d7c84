/* eslint-disable vue/one-component-per-file -- a host component and the stand-in form it holds */
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, reactive, ref } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { ApiError } from '@/api/client';
import { useFormDialog, type FormDialogOptions } from './useFormDialog';

interface Model {
  name: string;
}

/** Stands in for el-form: validation passes or fails as the test says. */
const valid = ref(true);
const clearValidate = vi.fn();
const FakeForm = defineComponent({
  setup(_props, { expose }) {
    expose({
      validate: () => (valid.value ? Promise.resolve(true) : Promise.reject(new Error('invalid'))),
      clearValidate,
    });
    return () => h('form');
  },
});

function dialog(options: Partial<FormDialogOptions<Model, string>> = {}) {
  const open = ref(false);
  const model = reactive<Model>({ name: 'typed before' });
  const save = vi.fn(async () => `saved ${model.name}`);
  const saved = vi.fn();
  let api!: ReturnType<typeof useFormDialog<Model, string>>;
  mount(
    defineComponent({
      setup() {
        api = useFormDialog<Model, string>({
          open,
          model,
          fill: () => (model.name = 'fresh'),
          save,
          saved,
          ...options,
        });
        return () => h(FakeForm, { ref: 'form' });
      },
    }),
  );
  return { open, model, save, saved, api };
}

describe('useFormDialog', () => {
  it('fills the form and clears old messages when it opens', async () => {
    valid.value = true;
    const { open, model, api } = dialog();
    api.fieldErrors.name = 'old';
    open.value = true;
    await nextTick();
    expect(model.name).toBe('fresh');
    expect(api.fieldErrors.name).toBeUndefined();
    expect(clearValidate).toHaveBeenCalled();
  });

  it('saves a valid form once, hands the result over and closes', async () => {
    valid.value = true;
    let answer!: (value: string) => void;
    const save = vi.fn(() => new Promise<string>((resolve) => (answer = resolve)));
    const { open, saved, api } = dialog({ save });
    open.value = true;
    await nextTick();
    const submitting = api.submit();
    await flushPromises();
    expect(api.submitting.value).toBe(true);
    answer('saved');
    await submitting;
    expect(save).toHaveBeenCalledTimes(1);
    expect(saved).toHaveBeenCalledWith('saved');
    expect(open.value).toBe(false);
    expect(api.submitting.value).toBe(false);
  });

  it('does not save an invalid form, nor one without its subject', async () => {
    valid.value = false;
    const first = dialog();
    await first.api.submit();
    expect(first.save).not.toHaveBeenCalled();

    valid.value = true;
    const second = dialog({ ready: () => false });
    await second.api.submit();
    expect(second.save).not.toHaveBeenCalled();
  });

  it('keeps the dialog open with the server’s messages on the fields', async () => {
    valid.value = true;
    const { open, api } = dialog({
      save: () =>
        Promise.reject(new ApiError('VALIDATION', 'Invalid', [{ field: 'name', message: 'taken' }])),
    });
    open.value = true;
    await nextTick();
    await api.submit();
    expect(open.value).toBe(true);
    expect(api.fieldErrors.name).toBe('taken');
    expect(api.formError.value).toBeNull();
  });

  it('hands a stale record to the page, and only for the stale codes', async () => {
    valid.value = true;
    const stale = vi.fn();
    const conflict = dialog({ save: () => Promise.reject(new ApiError('CONFLICT', 'changed')), stale });
    await conflict.api.submit();
    expect(stale).toHaveBeenCalledTimes(1);
    expect(conflict.api.formError.value?.code).toBe('CONFLICT');

    const forbidden = dialog({ save: () => Promise.reject(new ApiError('FORBIDDEN', 'no')), stale });
    await forbidden.api.submit();
    expect(stale).toHaveBeenCalledTimes(1);

    const moved = dialog({
      save: () => Promise.reject(new ApiError('INVALID_TRANSITION', 'moved on')),
      staleCodes: ['CONFLICT', 'INVALID_TRANSITION'],
      stale,
    });
    await moved.api.submit();
    await flushPromises();
    expect(stale).toHaveBeenCalledTimes(2);
  });
});
