import { describe, expect, it } from 'vitest';
import { nextTick, reactive } from 'vue';
import { ApiError } from '@/api/client';
import { useServerErrors } from './useServerErrors';

const invalid = (...fields: [string, string][]) =>
  new ApiError(
    'VALIDATION',
    'Invalid input',
    fields.map(([field, message]) => ({ field, message })),
  );

describe('useServerErrors', () => {
  it('puts each field message on the form item of that name, and nothing above the form', () => {
    const model = reactive({ name: '', code: '' });
    const errors = useServerErrors(model);
    errors.capture(invalid(['name', 'too long'], ['code', 'taken']));
    expect({ ...errors.fieldErrors }).toEqual({ name: 'too long', code: 'taken' });
    expect(errors.formError.value).toBeNull();
  });

  it('shows the error above the form when no field of the form is named', () => {
    const model = reactive({ name: '' });
    const errors = useServerErrors(model);
    const error = invalid(['unknown', 'bad']);
    errors.capture(error);
    expect({ ...errors.fieldErrors }).toEqual({});
    expect(errors.formError.value).toBe(error);
  });

  it('drops a field’s message once the user edits it', async () => {
    const model = reactive({ name: '', code: '' });
    const errors = useServerErrors(model);
    errors.capture(invalid(['name', 'too long'], ['code', 'taken']));
    model.name = 'x';
    await nextTick();
    expect({ ...errors.fieldErrors }).toEqual({ code: 'taken' });
  });

  it('places an error by its code where the code concerns one field', () => {
    const model = reactive({ currentPassword: '' });
    const errors = useServerErrors(model, { codeFields: { WRONG_CURRENT_PASSWORD: 'currentPassword' } });
    errors.capture(new ApiError('WRONG_CURRENT_PASSWORD', 'wrong'));
    expect(errors.fieldErrors.currentPassword).toBe('wrong');
    expect(errors.formError.value).toBeNull();
  });

  it('maps the server’s names onto the form’s', () => {
    const model = reactive({ note: '', replyText: '' });
    const errors = useServerErrors(model, { serverFields: { reason: 'note', text: 'replyText' } });
    errors.capture(invalid(['reason', 'required'], ['text', 'too long']));
    expect({ ...errors.fieldErrors }).toEqual({ note: 'required', replyText: 'too long' });
  });

  it('keeps paths into repeated rows whole only when asked, and clears one on edit', () => {
    const rows = () => reactive({ off: [{ name: '' }] });
    const flat = useServerErrors(rows());
    flat.capture(invalid(['off.0.name', 'required']));
    expect({ ...flat.fieldErrors }).toEqual({});
    expect(flat.formError.value).not.toBeNull();

    const nested = useServerErrors(rows(), { nested: true, serverFields: { year: 'year' } });
    nested.capture(invalid(['off.0.name', 'required'], ['year', 'closed']));
    expect({ ...nested.fieldErrors }).toEqual({ 'off.0.name': 'required', year: 'closed' });
    nested.clear('off.0.name');
    expect({ ...nested.fieldErrors }).toEqual({ year: 'closed' });
  });

  it('starts each capture afresh and resets on demand', () => {
    const model = reactive({ name: '', code: '' });
    const errors = useServerErrors(model);
    errors.capture(invalid(['name', 'too long']));
    errors.capture(invalid(['code', 'taken']));
    expect({ ...errors.fieldErrors }).toEqual({ code: 'taken' });
    errors.capture(new ApiError('CONFLICT', 'changed'));
    expect({ ...errors.fieldErrors }).toEqual({});
    expect(errors.formError.value?.code).toBe('CONFLICT');
    errors.reset();
    expect(errors.formError.value).toBeNull();
  });

  it('lets an error that is not the API’s through', () => {
    const errors = useServerErrors(reactive({ name: '' }));
    expect(() => errors.capture(new TypeError('bug'))).toThrow('bug');
  });
});
