import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '@gridbridge/shared';
import { ApiError } from './api-error.js';
import { createGraphQLClient, type TypedDocument } from './graphql-client.js';

const Ping: TypedDocument<{ ping: boolean }, { value: string }> = {
  toString: () => 'query Ping($value: String!) { ping }',
};

function respondWith(body: unknown, init: ResponseInit = {}) {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        headers: { 'content-type': typeof body === 'string' ? 'text/html' : 'application/json' },
        ...init,
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => expect.fail('the request should have failed'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

function clientIn(locale: Locale) {
  return createGraphQLClient({
    endpoint: '/graphql/portal',
    locale: () => locale,
    networkMessage: () =>
      locale === 'en'
        ? 'Cannot reach the server; check the network and try again'
        : '无法连接服务器，请检查网络后重试',
  });
}

describe('GraphQL client', () => {
  it('posts the operation as JSON to its endpoint with the session cookie and the UI language', async () => {
    const fetchMock = respondWith({ data: { ping: true } });

    await expect(clientIn('en').request(Ping, { value: 'x' })).resolves.toEqual({ ping: true });

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/graphql/portal');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json', 'accept-language': 'en' });
    expect(JSON.parse(String(init?.body))).toEqual({ query: Ping.toString(), variables: { value: 'x' } });
  });

  it('turns a validation error into an ApiError carrying the problems of each field', async () => {
    respondWith(
      {
        data: null,
        errors: [
          {
            message: '输入有误:新密码至少 8 个字符',
            extensions: {
              code: 'VALIDATION',
              fields: [
                { field: 'input.newPassword', message: '新密码至少 8 个字符' },
                {
                  field: 'input.newPassword',
                  message: '新密码须包含大写字母、小写字母、数字、符号中的至少三类',
                },
                { field: 'identifier', message: '用户名或手机号不能为空' },
              ],
            },
          },
        ],
      },
      { status: 400 },
    );

    const error = await failure(clientIn('zh-CN').request(Ping, { value: '' }));

    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('输入有误:新密码至少 8 个字符');
    expect(error.fields).toHaveLength(3);
    expect(error.fieldMessages()).toEqual({
      'input.newPassword': '新密码至少 8 个字符',
      identifier: '用户名或手机号不能为空',
    });
    // A form knows a nested input field by its last part.
    expect(error.fieldMessage('newPassword')).toBe('新密码至少 8 个字符');
    expect(error.fieldMessage('Password')).toBeUndefined();
    expect(error.messagesFor(['newPassword', 'currentPassword'])).toEqual({
      newPassword: '新密码至少 8 个字符',
    });
    expect(error.messagesFor(['currentPassword'])).toBeNull();
  });

  it('keeps the message of a known code exactly as the server wrote it, with its values', async () => {
    const message = '密码错误次数过多,账号已锁定,请 15 分钟后再试';
    respondWith({ data: null, errors: [{ message, extensions: { code: 'ACCOUNT_LOCKED', minutes: 15 } }] });

    const error = await failure(clientIn('zh-CN').request(Ping, { value: 'x' }));

    expect(error).toMatchObject({ code: 'ACCOUNT_LOCKED', message, fields: [], params: { minutes: 15 } });
  });

  it("falls back to the code's own text in the UI language when the server sent no message", async () => {
    respondWith({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });

    const error = await failure(clientIn('en').request(Ping, { value: 'x' }));

    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).not.toBe('');
  });

  it('treats a code outside the contract as a bad request', async () => {
    respondWith({
      errors: [{ message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });

    expect((await failure(clientIn('zh-CN').request(Ping, { value: 'x' }))).code).toBe('BAD_REQUEST');
  });

  it('reports an unreachable server as a network error in the UI language', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const error = await failure(clientIn('zh-CN').request(Ping, { value: 'x' }));

    expect(error).toMatchObject({ code: 'NETWORK', message: '无法连接服务器，请检查网络后重试' });
  });

  it('does not try while the browser says it is offline, and answers a network error', async () => {
    const fetchMock = respondWith({ data: { ping: true } });
    vi.stubGlobal('navigator', { onLine: false });
    try {
      expect((await failure(clientIn('zh-CN').request(Ping, { value: 'x' }))).code).toBe('NETWORK');
      expect(fetchMock).not.toHaveBeenCalled();
      vi.stubGlobal('navigator', { onLine: true });
      await expect(clientIn('zh-CN').request(Ping, { value: 'x' })).resolves.toEqual({ ping: true });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reports a reply that is not GraphQL (a proxy error page) as a network error', async () => {
    respondWith('<html>502 Bad Gateway</html>', { status: 502 });

    expect((await failure(clientIn('zh-CN').request(Ping, { value: 'x' }))).code).toBe('NETWORK');
  });

  it('tells every listener about a failure before the caller sees it, until it unsubscribes', async () => {
    const client = clientIn('zh-CN');
    respondWith({ errors: [{ message: '登录已过期,请重新登录', extensions: { code: 'SESSION_EXPIRED' } }] });
    const listener = vi.fn();
    const unsubscribe = client.onApiError(listener);

    const error = await failure(client.request(Ping, { value: 'x' }));
    unsubscribe();
    await failure(client.request(Ping, { value: 'x' }));

    expect(listener).toHaveBeenCalledOnce();
    expect(listener).toHaveBeenCalledWith(error);
  });
});
