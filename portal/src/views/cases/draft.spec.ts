import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearDraft,
  draftStorageKey,
  emptyDraft,
  isBlankDraft,
  loadDraft,
  newClientKey,
  saveDraft,
  submitInputOf,
  type CaseDraft,
} from './draft';

/** The server's rule for an idempotency key (SubmitCaseInput.clientKey). */
const SERVER_KEY_RULE = /^[A-Za-z0-9_-]{8,64}$/;

function filled(overrides: Partial<CaseDraft> = {}): CaseDraft {
  return {
    ...emptyDraft(),
    kind: 'COMPLAINT',
    category: 'ENFORCEMENT',
    title: ' 执法检查过于频繁 ',
    content: ' 一个月内被同一部门检查了六次。 ',
    namedDepartmentId: 'd1',
    misconductType: 'WRONG_ACTION',
    contactConsent: true,
    attachments: [
      {
        id: 'a1',
        fileName: '现场.jpg',
        mimeType: 'image/jpeg',
        size: 2048,
        thumbnail: 'data:image/webp;base64,AA==',
      },
    ],
    ...overrides,
  };
}

describe('case draft store', () => {
  beforeEach(() => localStorage.clear());

  it('makes an idempotency key the server accepts, a new one for every draft', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newClientKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(SERVER_KEY_RULE);
    expect(emptyDraft().clientKey).not.toBe(emptyDraft().clientKey);
  });

  it('keeps every field, the uploaded files and the key across a reload, per user', () => {
    const draft = filled();
    expect(saveDraft('u1', draft)).toBe(true);

    expect(loadDraft('u1')).toEqual(draft);
    expect(loadDraft('u2')).toBeNull();
  });

  it('reuses the same key on every load until the draft is cleared', () => {
    const draft = filled();
    saveDraft('u1', draft);
    expect(loadDraft('u1')?.clientKey).toBe(draft.clientKey);
    expect(loadDraft('u1')?.clientKey).toBe(draft.clientKey);

    clearDraft('u1');
    expect(loadDraft('u1')).toBeNull();
    expect(localStorage.getItem(draftStorageKey('u1'))).toBeNull();
  });

  it('reads a damaged or foreign value defensively', () => {
    localStorage.setItem(draftStorageKey('u1'), '{not json');
    expect(loadDraft('u1')).toBeNull();

    localStorage.setItem(
      draftStorageKey('u1'),
      JSON.stringify({
        clientKey: 'short',
        kind: 'BRIBERY',
        category: 'TAXES_FEES',
        title: 42,
        contactConsent: 'yes',
        attachments: [
          { id: 'a1', fileName: 'x.pdf', thumbnail: 'javascript:alert(1)' },
          { fileName: 'no id' },
          null,
        ],
      }),
    );
    const draft = loadDraft('u1')!;
    expect(draft.clientKey).toMatch(SERVER_KEY_RULE);
    expect(draft.kind).toBe('');
    expect(draft.category).toBe('TAXES_FEES');
    expect(draft.title).toBe('');
    expect(draft.contactConsent).toBe(false);
    expect(draft.attachments).toEqual([
      { id: 'a1', fileName: 'x.pdf', mimeType: '', size: 0, thumbnail: null },
    ]);
  });

  it('tells an untouched draft from one worth restoring', () => {
    expect(isBlankDraft(emptyDraft())).toBe(true);
    expect(isBlankDraft({ ...emptyDraft(), title: '   ' })).toBe(true);
    expect(isBlankDraft({ ...emptyDraft(), content: '有内容' })).toBe(false);
    expect(isBlankDraft({ ...emptyDraft(), attachments: filled().attachments })).toBe(false);
  });

  it('builds the submission: trimmed texts, attachment ids, misconduct only for complaints', () => {
    const complaint = filled();
    expect(submitInputOf(complaint, false)).toEqual({
      clientKey: complaint.clientKey,
      kind: 'COMPLAINT',
      category: 'ENFORCEMENT',
      title: '执法检查过于频繁',
      content: '一个月内被同一部门检查了六次。',
      namedDepartmentId: 'd1',
      misconductType: 'WRONG_ACTION',
      contactConsent: true,
      attachmentIds: ['a1'],
      enterpriseId: null,
    });

    // Switched from complaint to difficulty after picking a misconduct type: the type is not sent.
    const difficulty = filled({ kind: 'DIFFICULTY', namedDepartmentId: '' });
    expect(submitInputOf(difficulty, false)).toMatchObject({ misconductType: null, namedDepartmentId: null });
  });

  it('names the enterprise only for a grid head reporting on its behalf (网格上报)', () => {
    const draft = filled({ enterpriseId: 'e9', enterpriseName: '惠济区史记烩面馆' });
    expect(submitInputOf(draft, true).enterpriseId).toBe('e9');
    expect(submitInputOf(draft, false).enterpriseId).toBeNull();
  });
});
