/**
 * A signed-in client of a real server over HTTP: session cookie plus the CSRF header. `T` is the
 * caller's statement of the response body's shape (a test helper; the server's schemas check it).
 */
/* eslint-disable @typescript-eslint/no-unnecessary-type-parameters */
export interface HttpSession {
  json<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  upload<T>(path: string, filename: string, content: Buffer): Promise<{ status: number; body: T }>;
}

/* eslint-enable @typescript-eslint/no-unnecessary-type-parameters */

export async function httpLogin(baseUrl: string, username: string, password: string): Promise<HttpSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`login as ${username}: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const csrf = (
    (await (await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie } })).json()) as { token: string }
  ).token;
  const send = async (method: string, path: string, body?: BodyInit, type?: string) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrf, ...(type ? { 'content-type': type } : {}) },
      ...(body === undefined ? {} : { body }),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: (text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as never,
    };
  };
  return {
    json: (method, path, body) =>
      send(
        method,
        path,
        body === undefined ? undefined : JSON.stringify(body),
        body === undefined ? undefined : 'application/json',
      ),
    upload: (path, filename, content) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(content)]), filename);
      return send('POST', path, form);
    },
  };
}
