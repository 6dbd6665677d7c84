import { beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/locales';
import { queueDescription, queueTitle, scheduleText } from './data';

describe('background-job queues in words', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('says the server’s schedules in Chinese', () => {
    expect(scheduleText('17 * * * *')).toBe('每小时第 17 分');
    expect(scheduleText('*/5 * * * *')).toBe('每 5 分钟');
    expect(scheduleText('* * * * *')).toBe('每分钟');
    expect(scheduleText('0 * * * *')).toBe('每小时整点');
    expect(scheduleText('30 2 * * *')).toBe('每天 02:30');
    expect(scheduleText(null)).toBe('随业务触发');
  });

  it('says them in English too', () => {
    setLocale('en');
    expect(scheduleText('17 * * * *')).toBe('Every hour at :17');
    expect(scheduleText('5 * * * *')).toBe('Every hour at :05');
    expect(scheduleText('*/5 * * * *')).toBe('Every 5 minutes');
    expect(scheduleText('*/1 * * * *')).toBe('Every minute');
    expect(scheduleText('0 9 * * *')).toBe('Every day at 09:00');
  });

  it('falls back to the cron text for what it cannot say', () => {
    for (const cron of [
      '0 9 * * 1-5',
      '0 0 1 * *',
      '5,35 * * * *',
      '*/0 * * * *',
      '61 * * * *',
      '0 9 * *',
      '@hourly',
    ]) {
      expect(scheduleText(cron)).toBe(cron);
    }
  });

  it('names the known queues and shows an unknown one by its name', () => {
    expect(queueTitle('deliver-message')).toBe('短信/邮件发送');
    expect(queueTitle('purge-uploads')).toBe('清理未提交的附件');
    expect(queueTitle('auto-close')).toBe('逾期未评价自动办结');
    expect(queueTitle('seal-audit')).toBe('审计日志封链');
    expect(queueTitle('escalate-overdue')).toBe('escalate-overdue');
    expect(queueDescription('escalate-overdue')).toBeNull();
    expect(queueTitle('constructor')).toBe('constructor');
    setLocale('en');
    expect(queueTitle('auto-close')).toBe('Auto-close of unevaluated replies');
  });
});
