import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/client';
import * as cases from '@/api/cases';
import * as conditions from '@/api/conditions';
import { keepVisit, pendingVisits, sendPendingVisits } from './outbox';

vi.mock('@/api/cases');
vi.mock('@/api/conditions');

const visit = (clientKey: string) => ({
  clientKey,
  enterpriseId: 'e1',
  enterpriseName: '惠济区史记烩面馆',
  visitedOn: '2026-06-15',
  findings: '离线登记',
  photos: [
    { fileName: '车间.png', contentBase64: 'iVBORw0KGgo=', uploadedId: null },
    { fileName: '门头.png', contentBase64: null, uploadedId: 'a0' },
  ],
  report: null,
});

describe('visits kept on the phone', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    localStorage.clear();
    pendingVisits.value = [];
  });

  it('uploads the kept photos, records the visit with its own key and forgets it', async () => {
    keepVisit(visit('key-00000001'));
    vi.mocked(cases.uploadAttachment).mockResolvedValue({ id: 'a1' } as Awaited<
      ReturnType<typeof cases.uploadAttachment>
    >);
    vi.mocked(conditions.recordConditionVisit).mockResolvedValue({} as conditions.ConditionVisit);

    expect(await sendPendingVisits()).toEqual({ sent: 1, left: 0 });

    expect(cases.uploadAttachment).toHaveBeenCalledWith('车间.png', 'iVBORw0KGgo=');
    expect(conditions.recordConditionVisit).toHaveBeenCalledWith(
      expect.objectContaining({ clientKey: 'key-00000001', photoIds: ['a1', 'a0'] }),
    );
    expect(JSON.parse(localStorage.getItem('gridbridge.pendingVisits')!)).toEqual([]);
  });

  it('keeps everything when the connection drops again, without uploading a photo twice', async () => {
    keepVisit(visit('key-00000002'));
    vi.mocked(cases.uploadAttachment).mockResolvedValue({ id: 'a1' } as Awaited<
      ReturnType<typeof cases.uploadAttachment>
    >);
    vi.mocked(conditions.recordConditionVisit).mockRejectedValueOnce(
      new ApiError('NETWORK', '无法连接服务器'),
    );

    expect(await sendPendingVisits()).toEqual({ sent: 0, left: 1 });
    expect(pendingVisits.value[0]!.photos[0]).toEqual({
      fileName: '车间.png',
      contentBase64: null,
      uploadedId: 'a1',
    });

    vi.mocked(conditions.recordConditionVisit).mockResolvedValue({} as conditions.ConditionVisit);
    expect(await sendPendingVisits()).toEqual({ sent: 1, left: 0 });
    expect(cases.uploadAttachment).toHaveBeenCalledTimes(1);
    const keys = vi.mocked(conditions.recordConditionVisit).mock.calls.map(([input]) => input.clientKey);
    expect(keys).toEqual(['key-00000002', 'key-00000002']);
  });

  it('keeps a visit the server refuses with its reason, and does not send it again by itself', async () => {
    keepVisit({ ...visit('key-00000003'), photos: [] });
    vi.mocked(conditions.recordConditionVisit).mockRejectedValue(new ApiError('NOT_FOUND', '记录不存在'));

    expect(await sendPendingVisits()).toEqual({ sent: 0, left: 1 });
    expect(pendingVisits.value[0]!.error).toBe('记录不存在');
    await sendPendingVisits();
    expect(conditions.recordConditionVisit).toHaveBeenCalledTimes(1);
  });

  it('sends one batch at a time, however often the phone says it is online', async () => {
    keepVisit({ ...visit('key-00000004'), photos: [] });
    vi.mocked(conditions.recordConditionVisit).mockResolvedValue({} as conditions.ConditionVisit);

    await Promise.all([sendPendingVisits(), sendPendingVisits(), sendPendingVisits()]);

    expect(conditions.recordConditionVisit).toHaveBeenCalledTimes(1);
  });
});
