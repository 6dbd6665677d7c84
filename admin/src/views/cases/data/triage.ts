import type { FormItemRule, FormRules } from 'element-plus';
import { TRACKING_NUMBER_PATTERN } from '@gridbridge/shared';
import type { CaseCategory, CaseComplexity, CasePriority, ReplyResult } from '@/gql/graphql';
import { maxLengthRule, requiredRule, ruleMessage } from '@/utils/form-rules';
import type { TriageAction } from './actions';
import { t } from './t';
import type { CaseRow } from './types';

// Triage forms.

export const NOTE_MAX_LENGTH = 1000;
export const REPLY_MAX_LENGTH = 5000;
export const INTERNAL_NOTE_MAX_LENGTH = 2000;

export interface TriageForm {
  category: CaseCategory;
  priority: CasePriority;
  complexity: CaseComplexity;
  /** accept: internal note; reject: the reason; requestInfo: what is needed; markDuplicate: note. */
  note: string;
  originalTrackingNo: string;
  result: ReplyResult | '';
  replyText: string;
  internalNote: string;
}

/** A fresh form for a case; acceptance starts from what the submitter chose. */
export function triageForm(
  subject: Pick<CaseRow, 'category' | 'priority' | 'complexity'> | null,
): TriageForm {
  return {
    category: subject?.category ?? 'OTHER',
    priority: subject?.priority ?? 'NORMAL',
    complexity: subject?.complexity ?? 'SIMPLE',
    note: '',
    originalTrackingNo: '',
    result: '',
    replyText: '',
    internalNote: '',
  };
}

/** A tracking number as staff type it: spaces dropped, letters upper-cased. */
export function normalizeTrackingNo(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

function trackingNoRule(label: string, self: string | null): FormItemRule {
  return {
    trigger: 'blur',
    validator: (_rule, value: string | undefined, callback) => {
      const typed = normalizeTrackingNo(value ?? '');
      if (!typed) return callback();
      if (!TRACKING_NUMBER_PATTERN.test(typed)) return callback(new Error(ruleMessage('invalid', label)));
      if (typed === self) return callback(new Error(t('cases.triage.duplicateOfItself')));
      callback();
    },
  };
}

/** Each action's rules; `label` names a field as the dialog shows it. */
export function triageRules(
  action: TriageAction,
  label: (field: keyof TriageForm) => string,
  self: string | null = null,
): FormRules<TriageForm> {
  switch (action) {
    case 'accept':
      return {
        category: [requiredRule(label('category'), 'change')],
        priority: [requiredRule(label('priority'), 'change')],
        complexity: [requiredRule(label('complexity'), 'change')],
        note: [maxLengthRule(label('note'), NOTE_MAX_LENGTH)],
      };
    case 'reject':
    case 'requestInfo':
      return { note: [requiredRule(label('note')), maxLengthRule(label('note'), NOTE_MAX_LENGTH)] };
    case 'markDuplicate':
      return {
        originalTrackingNo: [
          requiredRule(label('originalTrackingNo')),
          trackingNoRule(label('originalTrackingNo'), self),
        ],
        note: [maxLengthRule(label('note'), NOTE_MAX_LENGTH)],
      };
    case 'replyDirectly':
      return {
        result: [requiredRule(label('result'), 'change')],
        replyText: [requiredRule(label('replyText')), maxLengthRule(label('replyText'), REPLY_MAX_LENGTH)],
        internalNote: [maxLengthRule(label('internalNote'), INTERNAL_NOTE_MAX_LENGTH)],
      };
  }
}

/** Empty optional text goes to the API as null, not as an empty note on the timeline. */
export function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** The server names a few fields differently from the dialog: its errors land on the dialog's fields. */
export const TRIAGE_SERVER_FIELDS: Record<string, keyof TriageForm> = {
  reason: 'note',
  request: 'note',
  note: 'note',
  originalTrackingNo: 'originalTrackingNo',
  category: 'category',
  priority: 'priority',
  complexity: 'complexity',
  result: 'result',
  text: 'replyText',
  internalNote: 'internalNote',
};
