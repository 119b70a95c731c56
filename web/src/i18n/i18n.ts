import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enWeb from '@common/i18n/en/web.json';
import type { LanguageId } from './languages.ts';

/**
 * English web strings ship in the entry chunk (the log-in page needs them at once); every other
 * language and namespace (errors, rights) is a chunk of its own, fetched when first used.
 */
const lazyBundles = import.meta.glob<Record<string, unknown>>(['../../../common/i18n/*/*.json', '!../../../common/i18n/en/web.json'], { import: 'default' });

const chunkBackend: BackendModule = {
  type: 'backend',
  callbackApi: false,
  init() {},
  read(language: string, namespace: string) {
    const load = lazyBundles[`../../../common/i18n/${language}/${namespace}.json`];
    // A namespace not translated yet falls back to English key by key.
    return load ? load() : Promise.resolve({});
  },
} as unknown as BackendModule;

/** Starts i18next in the given language; resolves when its strings are loaded. */
export function initI18n(language: LanguageId): Promise<unknown> {
  return i18next
    .use(chunkBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: ['en', 'fr', 'ne', 'sw'],
      ns: ['web'],
      defaultNS: 'web',
      resources: { en: { web: enWeb } },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
}

export { i18next };
