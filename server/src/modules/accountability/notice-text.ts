import {
  ACCOUNTABILITY_TYPES,
  redactedName,
  type AccountabilitySubject,
  type AccountabilityType,
} from '@gridbridge/shared';

/*
 * The text of a public notice 通报 and its redaction (docs/supervision.md#public-notices). Pure
 * functions: the service composes a draft from the records, the leader edits it, and the same
 * redaction runs again on the text as finally published, so a detail the leader chose to redact
 * never reaches the portal, even if it was typed back in by hand.
 */

export interface NoticeSource {
  subjectKind: AccountabilitySubject;
  departmentName: string;
  officialName: string | null;
  officialPost: string | null;
  type: AccountabilityType;
  reason: string;
  decidedOn: string;
  decidedBy: string;
  cases: { trackingNo: string; enterpriseName: string }[];
}

export interface Redaction {
  names: boolean;
  posts: boolean;
  enterprises: boolean;
}

/** What replaces a redacted post and a redacted enterprise name. */
export const REDACTED_POST = '工作人员';
export const REDACTED_ENTERPRISE = '某企业';

const NUMERALS = '一二三四五六七八九十';
const numeral = (n: number) =>
  n <= 10
    ? NUMERALS[n - 1]
    : n < 20
      ? `十${NUMERALS[n - 11]}`
      : `${NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 ? NUMERALS[(n % 10) - 1] : ''}`;

const chineseDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const withoutFinalStop = (text: string) => text.trim().replace(/[。；;.，,]+$/u, '');

function subjectOf(source: NoticeSource): string {
  return source.subjectKind === 'OFFICIAL'
    ? `${source.departmentName}${source.officialPost ?? ''}${source.officialName ?? ''}`
    : source.departmentName;
}

/** The notice the leader starts from: a title and one numbered paragraph per record. */
export function composeNotice(sources: NoticeSource[]): { title: string; body: string } {
  const title =
    sources.length === 1
      ? `关于对${subjectOf(sources[0])}问责情况的通报`
      : `关于${sources.length}起损害营商环境问题问责情况的通报`;
  const paragraphs = sources.map((source, i) => {
    const cases = source.cases.length
      ? `在办理${[...new Set(source.cases.map((c) => c.enterpriseName))].join('、')}的诉求（${source.cases
          .map((c) => c.trackingNo)
          .join('、')}）中，`
      : '';
    const type = source.type === 'OTHER' ? '其他处理' : ACCOUNTABILITY_TYPES[source.type]['zh-CN'];
    const whom = source.subjectKind === 'OFFICIAL' ? '其' : '该单位';
    return `${numeral(i + 1)}、${subjectOf(source)}${cases}${withoutFinalStop(source.reason)}。${chineseDate(
      source.decidedOn,
    )}，${source.decidedBy}决定给予${whom}${type}。`;
  });
  const body = [
    '为持续优化营商环境，严肃查处企业诉求办理中的不作为、慢作为、乱作为问题，现将有关问责情况通报如下：',
    ...paragraphs,
    '各部门要以案为鉴、引以为戒，切实提高企业诉求办理质效。',
  ].join('\n');
  return { title, body };
}

/** Replaces every occurrence of each value, longest first (so 张三丰 goes before 张三). */
function replaceAll(text: string, values: string[], replacement: (value: string) => string): string {
  const distinct = [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  return distinct.reduce((out, value) => out.split(value).join(replacement(value)), text);
}

/** The text with the chosen details of the records removed. */
export function redactNoticeText(text: string, sources: NoticeSource[], redaction: Redaction): string {
  let out = text;
  if (redaction.enterprises) {
    out = replaceAll(
      out,
      sources.flatMap((s) => s.cases.map((c) => c.enterpriseName)),
      () => REDACTED_ENTERPRISE,
    );
  }
  if (redaction.posts) {
    out = replaceAll(
      out,
      sources.map((s) => s.officialPost ?? ''),
      () => REDACTED_POST,
    );
  }
  if (redaction.names) {
    out = replaceAll(
      out,
      sources.map((s) => s.officialName ?? ''),
      redactedName,
    );
  }
  return out;
}

/** One record as the portal shows it under a notice's redaction. */
export function noticeItem(
  source: Pick<
    NoticeSource,
    'type' | 'subjectKind' | 'departmentName' | 'officialName' | 'officialPost' | 'decidedOn'
  >,
  redaction: Pick<Redaction, 'names' | 'posts'>,
) {
  return {
    type: source.type,
    subjectKind: source.subjectKind,
    departmentName: source.departmentName,
    officialName:
      source.officialName === null
        ? null
        : redaction.names
          ? redactedName(source.officialName)
          : source.officialName,
    officialPost: source.officialPost === null || redaction.posts ? null : source.officialPost,
    decidedOn: source.decidedOn,
  };
}
