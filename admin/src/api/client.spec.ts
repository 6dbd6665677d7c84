import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TypedDocumentString } from '@/gql/graphql';
import { setLocale } from '@/locales';
import { graphQLError, stubGraphQL } from '@/testing';
import { ApiError, onApiError, request } from './client';

const Ping = new TypedDocumentString<{ ping: boolean }, { value: string }>(
  'query Ping($value: String!) { ping }',
);

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('GraphQL client', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('posts the operation as JSON with the session cookie and the UI language', async () => {
    setLocale('en');
    const fetchMock = stubGraphQL({ data: { ping: true } });

    await expect(request(Ping, { value: 'x' })).resolves.toEqual({ ping: true });

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/graphql/admin');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json', 'accept-language': 'en' });
    expect(JSON.parse(String(init?.body))).toEqual({ query: Ping.toString(), variables: { value: 'x' } });
  });

  it('turns a validation error into an ApiError carrying the message of each field', async () => {
    stubGraphQL(
      graphQLError('VALIDATION', '输入有误:用户名或手机号不能为空', {
        fields: [
          { field: 'identifier', message: '用户名或手机号不能为空' },
          { field: 'identifier', message: '用户名或手机号格式不正确' },
          { field: 'password', message: '密码不能为空' },
        ],
      }),
    );

    const error = await failure(request(Ping, { value: '' }));

    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('输入有误:用户名或手机号不能为空');
    expect(error.fieldMessages()).toEqual({ identifier: '用户名或手机号不能为空', password: '密码不能为空' });
  });

  it('keeps the translated message of a known code, such as a lockout', async () => {
    stubGraphQL(
      graphQLError('ACCOUNT_LOCKED', '密码错误次数过多,账号已锁定,请 15 分钟后再试', { minutes: 15 }),
    );

    const error = await failure(request(Ping, { value: 'x' }));

    expect(error.code).toBe('ACCOUNT_LOCKED');
    expect(error.message).toBe('密码错误次数过多,账号已锁定,请 15 分钟后再试');
    expect(error.fields).toEqual([]);
    expect(error.params).toEqual({ minutes: 15 });
  });

  it('treats a code outside the contract as a bad request', async () => {
    stubGraphQL(graphQLError('GRAPHQL_VALIDATION_FAILED', 'Cannot query field "nope" on type "Query".'));

    expect((await failure(request(Ping, { value: 'x' }))).code).toBe('BAD_REQUEST');
  });

  it('reports an unreachable server in the UI language', async () => {
    setLocale('en');
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const error = await failure(request(Ping, { value: 'x' }));

    expect(error.code).toBe('NETWORK');
    expect(error.message).toBe('Cannot reach the server; check the network and try again');
  });

  it('tells listeners about every failure', async () => {
    stubGraphQL(graphQLError('SESSION_EXPIRED', '登录已过期,请重新登录'));
    const listener = vi.fn();
    const unsubscribe = onApiError(listener);

    await failure(request(Ping, { value: 'x' }));
    unsubscribe();

    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ code: 'SESSION_EXPIRED' }));
  });
});
