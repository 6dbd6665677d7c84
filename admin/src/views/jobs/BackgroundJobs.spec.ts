import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElMessage, ElMessageBox } from 'element-plus';
import type { JobQueue } from '@/api/jobs';
import { setLocale } from '@/locales';
import { graphQLCalls, graphQLError, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import BackgroundJobs from './BackgroundJobs.vue';

const failure = (id: string, failedAt: string) => ({
  id,
  queue: 'deliver-message',
  error: 'SMTP 550 mailbox unavailable',
  attempts: 9,
  failedAt,
});

const deliver = (
  failures = [failure('j-2', '2026-06-15T03:10:00Z'), failure('j-1', '2026-06-14T16:05:00Z')],
) => ({
  name: 'deliver-message',
  schedule: null,
  lastRunAt: '2026-06-15T03:10:00Z',
  nextRunAt: null,
  queued: 3,
  active: 1,
  failed: failures.length,
  failures,
});

const QUEUES: JobQueue[] = [
  deliver(),
  {
    name: 'purge-uploads',
    schedule: '17 * * * *',
    lastRunAt: null,
    nextRunAt: '2026-06-15T02:17:00Z',
    queued: 0,
    active: 0,
    failed: 0,
    failures: [],
  },
  {
    name: 'auto-close',
    schedule: '*/5 * * * *',
    lastRunAt: '2026-06-15T01:55:00Z',
    nextRunAt: '2026-06-15T02:00:00Z',
    queued: 0,
    active: 0,
    failed: 0,
    failures: [],
  },
  {
    name: 'escalate-overdue',
    schedule: '0 9 * * 1-5',
    lastRunAt: null,
    nextRunAt: null,
    queued: 0,
    active: 0,
    failed: 0,
    failures: [],
  },
];

const admin = viewer({ roles: ['SYS_ADMIN'] });
/** What ElMessageBox.confirm resolves to when the user confirms (its type is an odd intersection). */
const CONFIRMED = 'confirm' as Awaited<ReturnType<typeof ElMessageBox.confirm>>;

async function openPage() {
  const { wrapper } = await mountWithApp(BackgroundJobs, { path: '/background-jobs', viewer: admin });
  await vi.waitFor(() => expect(wrapper.findAll('[data-testid="job-queue"]').length).toBeGreaterThan(0));
  const queue = (name: string) => wrapper.get(`[data-testid="job-queue"][data-queue="${name}"]`);
  return { wrapper, queue };
}

describe('background-jobs page', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows each queue with its schedule in words, its runs in Beijing time, counts and failures', async () => {
    stubGraphQLByOperation({ BackgroundJobs: { data: { backgroundJobs: QUEUES } } });
    const { wrapper, queue } = await openPage();

    expect(wrapper.findAll('[data-testid="job-queue"]').map((q) => q.get('h2').text())).toEqual([
      '短信/邮件发送 deliver-message',
      '清理未提交的附件 purge-uploads',
      '逾期未评价自动办结 auto-close',
      'escalate-overdue',
    ]);
    expect(queue('purge-uploads').get('[data-testid="job-schedule"]').text()).toBe(
      '每小时第 17 分 17 * * * *',
    );
    expect(queue('purge-uploads').get('[data-testid="job-last-run"]').text()).toBe('尚未运行');
    expect(queue('purge-uploads').get('[data-testid="job-next-run"]').text()).toBe('2026/06/15 10:17');
    expect(queue('auto-close').get('[data-testid="job-schedule"]').text()).toContain('每 5 分钟');
    expect(queue('deliver-message').get('[data-testid="job-schedule"]').text()).toBe('随业务触发');
    expect(queue('escalate-overdue').get('[data-testid="job-schedule"]').text()).toBe('0 9 * * 1-5');

    const deliverQueue = queue('deliver-message');
    expect(deliverQueue.get('[data-testid="job-queued"]').text()).toBe('3');
    expect(deliverQueue.get('[data-testid="job-active"]').text()).toBe('1');
    expect(deliverQueue.get('[data-testid="job-failed"]').text()).toBe('2');
    const failures = deliverQueue.get('[data-testid="job-failures"]').text();
    expect(failures).toContain('2026/06/15 00:05');
    expect(failures).toContain('SMTP 550 mailbox unavailable');
    expect(deliverQueue.findAll('[data-testid="job-retry"]')).toHaveLength(2);
    expect(queue('auto-close').get('[data-testid="job-no-failures"]').text()).toBe('没有失败的任务');
  });

  it('asks before retrying, retries that job and shows its queue as the server answers', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue(CONFIRMED);
    const success = vi.spyOn(ElMessage, 'success');
    const fetchMock = stubGraphQLByOperation({
      BackgroundJobs: { data: { backgroundJobs: QUEUES } },
      RetryJob: { data: { retryJob: { ...deliver([failure('j-1', '2026-06-14T16:05:00Z')]), queued: 4 } } },
    });
    const { queue } = await openPage();

    await queue('deliver-message').get('[data-testid="job-retry"][data-job-id="j-2"]').trigger('click');
    await flushPromises();

    expect(confirm).toHaveBeenCalledTimes(1);
    expect(String(confirm.mock.calls[0][0])).toContain('短信/邮件发送');
    expect(String(confirm.mock.calls[0][0])).toContain('2026/06/15 11:10');
    const retry = graphQLCalls(fetchMock).find((call) => call.operation === 'RetryJob');
    expect(retry?.variables).toEqual({ queue: 'deliver-message', id: 'j-2' });
    expect(success).toHaveBeenCalledWith('任务已重新排队,稍后运行');
    expect(queue('deliver-message').findAll('[data-testid="job-retry"]')).toHaveLength(1);
    expect(queue('deliver-message').get('[data-testid="job-queued"]').text()).toBe('4');
  });

  it('does nothing when the administrator thinks better of it', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel');
    const fetchMock = stubGraphQLByOperation({ BackgroundJobs: { data: { backgroundJobs: QUEUES } } });
    const { queue } = await openPage();

    await queue('deliver-message').get('[data-testid="job-retry"]').trigger('click');
    await flushPromises();

    expect(graphQLCalls(fetchMock).map((call) => call.operation)).toEqual(['BackgroundJobs']);
  });

  it('says a job already retried or gone, and shows the queues afresh', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue(CONFIRMED);
    const warning = vi.spyOn(ElMessage, 'warning');
    let current = QUEUES;
    const fetchMock = stubGraphQLByOperation({
      BackgroundJobs: () => ({ data: { backgroundJobs: current } }),
      RetryJob: () => {
        current = [deliver([]), ...QUEUES.slice(1)];
        return graphQLError('NOT_FOUND', '记录不存在');
      },
    });
    const { queue } = await openPage();

    await queue('deliver-message').get('[data-testid="job-retry"]').trigger('click');
    await flushPromises();

    expect(warning).toHaveBeenCalledWith('该任务已被重试或已不存在,列表已刷新');
    expect(graphQLCalls(fetchMock).map((call) => call.operation)).toEqual([
      'BackgroundJobs',
      'RetryJob',
      'BackgroundJobs',
    ]);
    expect(queue('deliver-message').find('[data-testid="job-failures"]').exists()).toBe(false);
    expect(queue('deliver-message').get('[data-testid="job-no-failures"]').text()).toBe('没有失败的任务');
  });

  it('shows any other error of a retry as it came', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue(CONFIRMED);
    const error = vi.spyOn(ElMessage, 'error');
    stubGraphQLByOperation({
      BackgroundJobs: { data: { backgroundJobs: QUEUES } },
      RetryJob: graphQLError('FORBIDDEN', '无权执行此操作'),
    });
    const { queue } = await openPage();

    await queue('deliver-message').get('[data-testid="job-retry"]').trigger('click');
    await flushPromises();

    expect(error).toHaveBeenCalledWith('无权执行此操作');
    expect(queue('deliver-message').findAll('[data-testid="job-retry"]')).toHaveLength(2);
  });

  it('says when the queues cannot be read, and reads them again on refresh', async () => {
    let fail = true;
    stubGraphQLByOperation({
      BackgroundJobs: () =>
        fail ? graphQLError('INTERNAL', '服务器内部错误') : { data: { backgroundJobs: QUEUES } },
    });
    const { wrapper } = await mountWithApp(BackgroundJobs, { path: '/background-jobs', viewer: admin });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="jobs-error"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="jobs-error"]').text()).toContain('服务器内部错误');

    fail = false;
    await wrapper.get('[data-testid="jobs-refresh"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="job-queue"]')).toHaveLength(4));
    expect(wrapper.find('[data-testid="jobs-error"]').exists()).toBe(false);
  });
});
