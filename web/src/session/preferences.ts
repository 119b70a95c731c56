import { useSyncExternalStore } from 'react';
import type { CalendarId } from '@common/calendar/index.ts';
import { i18next } from '../i18n/i18n.ts';
import { browserLanguage, isLanguageId, type LanguageId } from '../i18n/languages.ts';
import { createStore, storage } from './store.ts';

const LANGUAGE_KEY = 'kinga.language';
const CALENDAR_KEY = 'kinga.calendar';

export interface Preferences {
  language: LanguageId;
  calendar: CalendarId;
  /** Changed on the log-in page: sent to the server once the user has logged in. */
  changedBeforeLogin: boolean;
}

function initial(): Preferences {
  const language = storage.get(LANGUAGE_KEY);
  const calendar = storage.get(CALENDAR_KEY);
  return {
    language: isLanguageId(language) ? language : browserLanguage(),
    calendar: calendar === 'bikram-sambat' ? 'bikram-sambat' : 'gregorian',
    changedBeforeLogin: false,
  };
}

export const preferences = createStore<Preferences>(initial());

function applyLanguage(language: LanguageId): void {
  document.documentElement.lang = language;
  if (i18next.language !== language) void i18next.changeLanguage(language);
}

/** Remembers a language (this browser) and switches the UI to it. */
export function setLanguage(language: LanguageId, options: { beforeLogin?: boolean } = {}): void {
  storage.set(LANGUAGE_KEY, language);
  const current = preferences.get();
  preferences.set({ ...current, language, changedBeforeLogin: current.changedBeforeLogin || !!options.beforeLogin });
  applyLanguage(language);
}

export function setCalendar(calendar: CalendarId, options: { beforeLogin?: boolean } = {}): void {
  storage.set(CALENDAR_KEY, calendar);
  const current = preferences.get();
  preferences.set({ ...current, calendar, changedBeforeLogin: current.changedBeforeLogin || !!options.beforeLogin });
}

export function clearChangedBeforeLogin(): void {
  preferences.set({ ...preferences.get(), changedBeforeLogin: false });
}

export function usePreferences(): Preferences {
  return useSyncExternalStore(preferences.subscribe, preferences.get);
}

export function useCalendarId(): CalendarId {
  return usePreferences().calendar;
}
