import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangePasswordDocument, MeDocument } from '@/gql/graphql';
import { setLocale } from '@/locales';
import { ApiError, request, setApiErrorHandler } from './client';

function respondWith(body: unknown, init: ResponseInit = {}): ReturnType<typeof vi.fn> {
  const fetchMock = vi.fn().mockResolvedValue(
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      headers: { 'content-type': typeof body === 'string' ? 'text/html' : 'application/json' },
      ...init,
    }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => expect.fail('the request should have failed'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const changePasswordVariables = { input: { currentPassword: 'Old#pass1', newPassword: 'short' } };

describe('portal API client', () => {
  beforeEach(() => setLocale('zh-CN'));
  afterEach(() => setApiErrorHandler(() => undefined));

  it('posts the operation as JSON with the session cookie and the UI language', async () => {
    const fetchMock = respondWith({ data: { me: null } });
    setLocale('en');

    await expect(request(MeDocument)).resolves.toEqual({ me: null });

    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/graphql/portal');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', 'accept-language': 'en' });
    expect(JSON.parse(init.body as string)).toMatchObject({ query: expect.stringContaining('query Me') });
  });

  it('turns a GraphQL error into an ApiError with its code, translated message and field messages', async () => {
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
              ],
            },
          },
        ],
      },
      { status: 400 },
    );

    const error = await failureOf(request(ChangePasswordDocument, changePasswordVariables));

    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('输入有误:新密码至少 8 个字符');
    expect(error.fields).toEqual({ newPassword: '新密码至少 8 个字符' });
  });

  it('keeps the lockout message exactly as the server wrote it', async () => {
    const message = '密码错误次数过多,账号已锁定,请 15 分钟后再试';
    respondWith({ data: null, errors: [{ message, extensions: { code: 'ACCOUNT_LOCKED', minutes: 15 } }] });

    const error = await failureOf(request(MeDocument));

    expect(error).toMatchObject({ code: 'ACCOUNT_LOCKED', message, fields: {}, params: { minutes: 15 } });
  });

  it('treats a code it does not know as an internal error', async () => {
    respondWith({
      errors: [{ message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });

    expect((await failureOf(request(MeDocument))).code).toBe('INTERNAL');
  });

  it('reports an unreachable server as a network error in the UI language', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const error = await failureOf(request(MeDocument));

    expect(error).toMatchObject({ code: 'NETWORK', message: '无法连接服务器，请检查网络后重试' });
  });

  it('reports a reply that is not GraphQL (a proxy error page) as a network error', async () => {
    respondWith('<html>502 Bad Gateway</html>', { status: 502 });

    expect((await failureOf(request(MeDocument))).code).toBe('NETWORK');
  });

  it('hands every failure to the app-wide error handler before the caller sees it', async () => {
    const handler = vi.fn();
    setApiErrorHandler(handler);
    respondWith({ errors: [{ message: '登录已过期,请重新登录', extensions: { code: 'SESSION_EXPIRED' } }] });

    const error = await failureOf(request(MeDocument));

    expect(handler).toHaveBeenCalledWith(error);
  });
});
