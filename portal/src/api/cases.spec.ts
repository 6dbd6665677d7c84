import { describe, expect, it, vi } from 'vitest';
import { fetchCaseDepartments, fetchMyCase } from './cases';
import { readCaseDepartmentsEarly, readMyCaseEarly } from './first-reads';

const answer = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

describe('a case read before its page opens', () => {
  it('is handed to the page once, and not to another case', async () => {
    const fetchMock = vi.fn(async () => answer({ data: { myCase: { id: 'c1' } } }));
    vi.stubGlobal('fetch', fetchMock);

    readMyCaseEarly('c1');
    expect(await fetchMyCase('c1')).toEqual({ id: 'c1' });
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await fetchMyCase('c1');
    expect(fetchMock).toHaveBeenCalledTimes(2);
    readMyCaseEarly('c1');
    await fetchMyCase('c2');
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });

  it('is asked again when it failed, and forgotten when dropped', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(
        answer({ errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] }),
      )
      .mockImplementation(async () => answer({ data: { myCase: { id: 'c1' } } }));
    vi.stubGlobal('fetch', fetchMock);

    readMyCaseEarly('c1');
    expect(await fetchMyCase('c1')).toEqual({ id: 'c1' });
    expect(fetchMock).toHaveBeenCalledTimes(2);

    const drop = readMyCaseEarly('c1');
    drop();
    await fetchMyCase('c1');
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });
});

describe('the departments read before the new-case page opens', () => {
  it('are handed to the page once; a later read (a retry) asks again', async () => {
    const departments = [{ id: 'd1', name: '区税务局' }];
    const fetchMock = vi.fn(async () => answer({ data: { caseDepartments: departments } }));
    vi.stubGlobal('fetch', fetchMock);

    readCaseDepartmentsEarly();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(await fetchCaseDepartments()).toEqual(departments);
    expect(fetchMock).toHaveBeenCalledTimes(1);

    expect(await fetchCaseDepartments()).toEqual(departments);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
