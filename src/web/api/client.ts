import createClient from 'openapi-fetch';
import { t } from '../i18n';
import { showError, showWarning } from '../lib/feedback';
import type { paths } from './generated/schema';

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

let csrfToken: string | null = null;
let csrfPending: Promise<string> | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** The app registers what "go to login" means (clear the session state, route to /login). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

/** The server's error body `{ error: { code, message, details } }`, read without trusting it. */
function errorBody(body: unknown): { code?: string; message?: string; details?: unknown } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return {};
  const { error } = body;
  if (typeof error !== 'object' || error === null) return {};
  return {
    code: 'code' in error && typeof error.code === 'string' ? error.code : undefined,
    message: 'message' in error && typeof error.message === 'string' ? error.message : undefined,
    details: 'details' in error ? error.details : undefined,
  };
}

async function readError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON (proxy error page, empty body): fall back to a generic message
  }
  const error = errorBody(body);
  const code = error.code ?? `HTTP_${res.status}`;
  if (error.message) return new ApiError(res.status, code, error.message, error.details);
  if (code === 'INVALID_CREDENTIALS') return new ApiError(res.status, code, t('errors.invalidCredentials'));
  if (res.status === 401) return new ApiError(401, code, t('errors.sessionExpired'));
  if (res.status === 429) return new ApiError(429, code, t('errors.rateLimited'));
  return new ApiError(res.status, code, t('errors.unknown', { status: res.status }));
}

async function rawFetch(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    throw new ApiError(0, 'NETWORK', t('errors.network'));
  }
}

/** Like rawFetch, but through XMLHttpRequest so the upload reports its progress. */
function xhrFetch(
  url: string,
  method: string,
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
  csrfPending ??= ok(client.GET('/api/auth/csrf', { fetch: transport({ silent: true, anonymous: true }) }))
    .then(({ token }) => {
      csrfToken = token;
      return token;
    })
    .finally(() => {
      csrfPending = null;
    });
  return csrfPending;
}

/** Forget the session-bound token (logout). */
export function clearCsrfToken(): void {
  csrfToken = null;
}

/** How one call behaves; the default shows errors to the user and treats a 401 as a lost session. */
export interface CallOptions {
  /** Do not show the error to the user; the caller renders it. */
  silent?: boolean;
  /** A 401 is an expected answer (login, session probe): do not redirect to the login page. */
  anonymous?: boolean;
  /** Do not send the CSRF header (login has no session yet). */
  noCsrf?: boolean;
  /** Upload progress, 0–100 (sends `form` through XMLHttpRequest, which reports it; fetch does not). */
  onUploadProgress?: (percent: number) => void;
  /** The multipart body of an upload (the typed body of an upload route only documents it). */
  form?: FormData;
}

/** The request's headers for XMLHttpRequest, less the multipart type: XHR writes its own boundary. */
function xhrHeaders(request: Request): Record<string, string> {
  const headers = Object.fromEntries(request.headers);
  delete headers['content-type'];
  return headers;
}

async function send(request: Request, opts: CallOptions, retried: boolean): Promise<Response> {
  const method = request.method.toUpperCase();
  const mutating = method !== 'GET' && method !== 'HEAD';
  // A CSRF retry sends the same request again: keep an unread copy of its body.
  const original = mutating && !retried ? request.clone() : request;
  if (mutating && !opts.noCsrf) request.headers.set('x-csrf-token', csrfToken ?? (await refreshCsrfToken()));
  const res =
    opts.form && opts.onUploadProgress
      ? await xhrFetch(request.url, method, xhrHeaders(request), opts.form, opts.onUploadProgress)
      : await rawFetch(request);
  if (res.ok) return res;
  const error = await readError(res);
  if (mutating && !retried && res.status === 403 && error.code === 'CSRF_INVALID') {
    csrfToken = null;
    return send(original, opts, true);
  }
  throw error;
}

/**
 * The fetch that every typed call goes through: same-origin credentials, the CSRF header on
 * state-changing requests (fetched again once when the server rejects it), Vietnamese errors shown
 * to the user unless `silent`, and a lost session sent to the login page unless `anonymous`.
 * Failures are thrown as ApiError, so a typed call that returns has succeeded.
 */
export function transport(opts: CallOptions = {}): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await send(request, opts, false);
    } catch (err) {
      const error =
        err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', t('errors.unknown', { status: 0 }));
      // A wrong password (e.g. when changing it) is a 401 too, but the session is still valid.
      const sessionLost = error.status === 401 && error.code !== 'INVALID_CREDENTIALS';
      if (sessionLost && !opts.anonymous) handleUnauthorized();
      else if (!opts.silent) showError(error.message);
      throw error;
    }
  };
}

/** Query strings as the server reads them: empty values are left out. */
function serializeQuery(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      if (value !== '') params.set(key, String(value));
    }
  }
  return params.toString();
}

/** The client typed by the server's route table (generated/schema.d.ts, `npm run gen:client`). */
export const client = createClient<paths>({
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  querySerializer: serializeQuery,
  fetch: transport(),
});

interface Succeeded<T> {
  data: T;
  error?: never;
  response: Response;
}
type Settled = Succeeded<unknown> | { data?: never; error: unknown; response: Response };
/** The success body type of a typed call's result. */
type DataOf<R> = Extract<R, Succeeded<unknown>>['data'];

function succeeded<R extends Settled>(result: R): result is Extract<R, Succeeded<unknown>> {
  return result.response.ok;
}

function bodyOf<R extends Settled>(result: R): DataOf<R> {
  if (!succeeded(result))
    throw new ApiError(
      result.response.status,
      'UNKNOWN',
      t('errors.unknown', { status: result.response.status }),
    );
  return result.data;
}

/** The body of a typed call; the transport has already thrown for any failure. */
export async function ok<R extends Settled>(pending: Promise<R>): Promise<DataOf<R>> {
  return bodyOf(await pending);
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

/** The body and serializer of an upload: the multipart form goes out as it is. */
export function uploadOf(file: File): { body: Record<string, never>; bodySerializer: () => FormData } {
  const form = new FormData();
  form.append('file', file, file.name);
  return { body: {}, bodySerializer: () => form };
}

/** Saves a file answer (DOCX, XLSX, attachment) under the server's file name. */
export async function saveDownload(
  pending: Promise<Succeeded<Blob> | { data?: never; error: unknown; response: Response }>,
  fallbackName: string,
): Promise<void> {
  const result = await pending;
  const blob = bodyOf(result);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filenameFrom(result.response.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
