import { t } from '../i18n';
import { showError, showWarning } from '../lib/feedback';
import type { ApiErrorBody, CsrfResponse } from './types';

/** A failed call. `message` is already Vietnamese (from the server, or our fallback). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  form?: FormData;
  /** Do not show the error to the user; the caller renders it. */
  silent?: boolean;
  /** A 401 is an expected answer (login, session probe): do not redirect to the login page. */
  anonymous?: boolean;
  /** Do not send the CSRF header (login has no session yet). */
  noCsrf?: boolean;
  /** Upload progress, 0–100 (sends `form` through XMLHttpRequest, which reports it; fetch does not). */
  onUploadProgress?: (percent: number) => void;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
let csrfPending: Promise<string> | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** The app registers what "go to login" means (clear the session state, route to /login). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON (proxy error page, empty body): fall back to a generic message
  }
  const error = (body as Partial<ApiErrorBody> | null)?.error;
  if (error && typeof error.message === 'string' && error.message) {
    return new ApiError(res.status, error.code, error.message, error.details);
  }
  const code = error?.code ?? `HTTP_${res.status}`;
  if (code === 'INVALID_CREDENTIALS') return new ApiError(res.status, code, t('errors.invalidCredentials'));
  if (res.status === 401) return new ApiError(401, code, t('errors.sessionExpired'));
  if (res.status === 429) return new ApiError(429, code, t('errors.rateLimited'));
  return new ApiError(res.status, code, t('errors.unknown', { status: res.status }));
}

async function rawFetch(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', t('errors.network'));
  }
}

/** Like rawFetch, but through XMLHttpRequest so the upload reports its progress. */
function xhrFetch(
  url: string,
  method: Method,
  headers: Record<string, string>,
  body: FormData,
  onProgress: (percent: number) => void,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.upload.onload = () => onProgress(100);
    xhr.onload = () => {
      const type = xhr.getResponseHeader('content-type') ?? 'application/json';
      // 204/304 must not carry a body in a Response
      const text = xhr.status === 204 ? null : xhr.responseText;
      resolve(new Response(text, { status: xhr.status, headers: { 'content-type': type } }));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', t('errors.network')));
    xhr.onabort = () => reject(new ApiError(0, 'NETWORK', t('errors.network')));
    xhr.send(body);
  });
}

function handleUnauthorized(): void {
  csrfToken = null;
  if (unauthorizedHandler) {
    showWarning(t('errors.sessionExpired'), 'session-expired');
    unauthorizedHandler();
  }
}

/** Fetches a fresh CSRF token for the current session (after login, on load when logged in). */
export async function refreshCsrfToken(): Promise<string> {
  csrfPending ??= (async () => {
    const res = await rawFetch('/api/auth/csrf', { headers: { accept: 'application/json' } });
    if (!res.ok) throw await readError(res);
    const { token } = (await res.json()) as CsrfResponse;
    csrfToken = token;
    return token;
  })().finally(() => {
    csrfPending = null;
  });
  return csrfPending;
}

/** Forget the session-bound token (logout). */
export function clearCsrfToken(): void {
  csrfToken = null;
}

async function send(method: Method, path: string, opts: RequestOptions, retried: boolean): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.form) {
    body = opts.form;
  } else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  const mutating = method !== 'GET';
  if (mutating && !opts.noCsrf) headers['x-csrf-token'] = csrfToken ?? (await refreshCsrfToken());

  const url = buildUrl(path, opts.query);
  const res =
    opts.form && opts.onUploadProgress
      ? await xhrFetch(url, method, headers, opts.form, opts.onUploadProgress)
      : await rawFetch(url, { method, headers, body });
  if (res.ok) return res;
  const error = await readError(res);
  if (mutating && !retried && res.status === 403 && error.code === 'CSRF_INVALID') {
    csrfToken = null;
    return send(method, path, opts, true);
  }
  throw error;
}

async function call(method: Method, path: string, opts: RequestOptions): Promise<Response> {
  try {
    return await send(method, path, opts, false);
  } catch (err) {
    const error =
      err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', t('errors.unknown', { status: 0 }));
    // A wrong password (e.g. when changing it) is a 401 too, but the session is still valid.
    const sessionLost = error.status === 401 && error.code !== 'INVALID_CREDENTIALS';
    if (sessionLost && !opts.anonymous) handleUnauthorized();
    else if (!opts.silent) showError(error.message);
    throw error;
  }
}

export async function request<T>(method: Method, path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await call(method, path, opts);
  if (res.status === 204 || res.headers.get('content-length') === '0') return undefined as T;
  return (await res.json()) as T;
}

function filenameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star.trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain filename
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1]?.trim() ?? fallback;
}

/** Downloads a file endpoint through fetch (so errors are shown like any other call). */
export async function download(
  path: string,
  query: Record<string, QueryValue>,
  fallbackName: string,
  opts: Pick<RequestOptions, 'silent'> = {},
): Promise<void> {
  const res = await call('GET', path, { ...opts, query });
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filenameFrom(res.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, opts?: RequestOptions) =>
    request<T>('GET', path, { ...opts, query }),
  post: <T>(path: string, body: unknown = {}, opts?: RequestOptions) =>
    request<T>('POST', path, { ...opts, body }),
  patch: <T>(path: string, body: unknown, opts?: RequestOptions) =>
    request<T>('PATCH', path, { ...opts, body }),
  put: <T>(path: string, body: unknown, opts?: RequestOptions) => request<T>('PUT', path, { ...opts, body }),
  delete: <T = void>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, opts),
  upload: <T>(path: string, form: FormData, opts?: RequestOptions) =>
    request<T>('POST', path, { ...opts, form }),
};
