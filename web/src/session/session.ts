import { useSyncExternalStore } from 'react';
import { createStore, storage } from './store.ts';

const REFRESH_KEY = 'kinga.refreshToken';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

/**
 * The log-in session. The access token lives only in memory (a page reload exchanges the
 * refresh token for a new one); the refresh token is kept in localStorage so a reload or a new
 * tab does not log the user out.
 */
let accessToken: string | null = null;

/** 'anonymous' shows the log-in page; 'authenticated' loads the application. */
export const sessionStatus = createStore<'anonymous' | 'authenticated'>(storage.get(REFRESH_KEY) ? 'authenticated' : 'anonymous');

export const session = {
  accessToken: () => accessToken,
  refreshToken: () => storage.get(REFRESH_KEY),
  start(tokens: Tokens): void {
    accessToken = tokens.accessToken;
    storage.set(REFRESH_KEY, tokens.refreshToken);
    sessionStatus.set('authenticated');
  },
  /** Replaces the tokens after a refresh, without changing the status. */
  renew(tokens: Tokens): void {
    accessToken = tokens.accessToken;
    storage.set(REFRESH_KEY, tokens.refreshToken);
  },
  end(): void {
    accessToken = null;
    storage.set(REFRESH_KEY, null);
    sessionStatus.set('anonymous');
  },
};

// Logging out in one tab logs out the others.
window.addEventListener('storage', (event) => {
  if (event.key === REFRESH_KEY && event.newValue === null && sessionStatus.get() === 'authenticated') session.end();
});

export function useSessionStatus(): 'anonymous' | 'authenticated' {
  return useSyncExternalStore(sessionStatus.subscribe, sessionStatus.get);
}
