import { i18next } from '../i18n/i18n.ts';
import { session, type Tokens } from '../session/session.ts';
import { ApiError, problemFrom } from './problem.ts';

export const API_BASE = '/api/v1';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Query parameters; undefined, null and '' are left out. */
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
  /** The version the user edited: sent as If-Match for optimistic concurrency. */
  version?: number;
  signal?: AbortSignal;
  /** Send the access token (default true). */
  auth?: boolean;
}

function url(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

function networkError(): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: i18next.t('web:error.networkTitle'),
    status: 0,
    detail: i18next.t('web:error.network'),
    code: 'network',
    errors: [],
  });
}

let refreshing: Promise<boolean> | null = null;

/** Exchanges the refresh token for new tokens; one exchange at a time however many calls wait for it. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    const refreshToken = session.refreshToken();
    if (!refreshToken) return false;
    try {
      const response = await fetch(url('/auth/refresh', {}), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': i18next.language },
        body: JSON.stringify({ refreshToken }),
      });
      if (!response.ok) return false;
      session.renew((await response.json()) as Tokens);
      return true;
    } catch {
      // Offline: keep the refresh token, the next call tries again.
      throw networkError();
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json', 'accept-language': i18next.language || 'en' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.version !== undefined) headers['if-match'] = `"${options.version}"`;
  const token = session.accessToken();
  if (options.auth !== false && token) headers.authorization = `Bearer ${token}`;
  try {
    return await fetch(url(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
}

/**
 * Calls the Kinga API. Answers 2xx with the parsed JSON (undefined for 204); throws ApiError with
 * the server's problem+json otherwise. A 401 is retried once after refreshing the tokens; when that
 * fails too, the session ends and the log-in page shows.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const authenticated = options.auth !== false;
  if (authenticated && !session.accessToken() && session.refreshToken()) await refreshSession();
  let response = await send(path, options);
  if (response.status === 401 && authenticated) {
    if (await refreshSession()) response = await send(path, options);
    if (response.status === 401) {
      const problem = await problemFrom(response, i18next.t('web:error.sessionEnded'));
      session.end();
      throw new ApiError(problem);
    }
  }
  if (!response.ok) throw new ApiError(await problemFrom(response, i18next.t('web:error.unexpected', { status: response.status })));
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Logs in: starts the session or throws ApiError (401 wrong password or account locked, 400 missing fields). */
export async function logIn(login: string, password: string): Promise<void> {
  const tokens = await api<Tokens>('/auth/login', { method: 'POST', body: { login, password }, auth: false });
  session.start(tokens);
}

/** Logs out on the server (revoking the refresh token) and here, even when the server cannot be reached. */
export async function logOut(): Promise<void> {
  const refreshToken = session.refreshToken();
  try {
    if (refreshToken) await api('/auth/logout', { method: 'POST', body: { refreshToken }, auth: false });
  } catch {
    // The token expires on its own; the user is logged out here in any case.
  } finally {
    session.end();
  }
}
