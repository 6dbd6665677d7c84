import { describe, expect, it } from '@jest/globals';
import { redactedName } from '@gridbridge/shared';
import {
  composeNotice,
  noticeItem,
  redactNoticeText,
  type NoticeSource,
} from '../../src/modules/accountability/notice-text.js';
import { isBusinessDate } from '../../src/common/input-values.js';
import { periodLabels } from '../../src/modules/accountability/periods.js';

const official: NoticeSource = {
  subjectKind: 'OFFICIAL',
  departmentName: '区城市管理局',
  officialName: '欧阳明',
  officialPost: '市容科科长',
  type: 'PARTY_DISCIPLINE',
  reason: '推诿扯皮。',
  decidedOn: '2026-03-09',
  decidedBy: '区纪委监委',
  cases: [
    { trackingNo: 'YH2026000001', enterpriseName: '郑州宏达食品有限公司' },
    { trackingNo: 'YH2026000002', enterpriseName: '郑州宏达食品有限公司' },
  ],
};
const department: NoticeSource = {
  ...official,
  subjectKind: 'DEPARTMENT',
  officialName: null,
  officialPost: null,
  type: 'OTHER',
  cases: [],
};

describe('notice text', () => {
  it('keeps the surname, compound ones whole', () => {
    expect(redactedName('张三')).toBe('张某');
    expect(redactedName('欧阳明')).toBe('欧阳某');
    expect(redactedName('欧阳')).toBe('欧某');
  });

  it('composes one numbered paragraph per record', () => {
    const { title, body } = composeNotice([official, department]);
    expect(title).toBe('关于2起损害营商环境问题问责情况的通报');
    expect(body.split('\n')).toEqual([
      '为持续优化营商环境，严肃查处企业诉求办理中的不作为、慢作为、乱作为问题，现将有关问责情况通报如下：',
      '一、区城市管理局市容科科长欧阳明在办理郑州宏达食品有限公司的诉求（YH2026000001、YH2026000002）中，推诿扯皮。2026年3月9日，区纪委监委决定给予其党纪处分。',
      '二、区城市管理局推诿扯皮。2026年3月9日，区纪委监委决定给予该单位其他处理。',
      '各部门要以案为鉴、引以为戒，切实提高企业诉求办理质效。',
    ]);
  });

  it('removes every occurrence of what is redacted, and only that', () => {
    const text = '欧阳明（市容科科长）与郑州宏达食品有限公司；欧阳明再次';
    expect(redactNoticeText(text, [official], { names: true, posts: true, enterprises: true })).toBe(
      '欧阳某（工作人员）与某企业；欧阳某再次',
    );
    expect(redactNoticeText(text, [official], { names: false, posts: false, enterprises: false })).toBe(text);
    expect(noticeItem(official, { names: true, posts: true })).toMatchObject({
      officialName: '欧阳某',
      officialPost: null,
    });
  });

  it('reads business dates and period labels', () => {
    expect(isBusinessDate('2026-02-28')).toBe(true);
    expect(isBusinessDate('2026-02-30')).toBe(false);
    expect(isBusinessDate('2026-2-1')).toBe(false);
    expect(isBusinessDate('0000-01-01')).toBe(false);
    expect(periodLabels('2025-11-15', '2026-02-01', 'MONTH')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(periodLabels('2025-11-15', '2026-02-01', 'QUARTER')).toEqual(['2025-Q4', '2026-Q1']);
    expect(periodLabels('2025-11-15', '2026-02-01', 'YEAR')).toEqual(['2025', '2026']);
  });
});
