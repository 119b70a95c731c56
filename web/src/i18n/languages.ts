/** The languages Kinga's web app offers, each named in itself. */
export const languages = [
  { id: 'en', name: 'English' },
  { id: 'fr', name: 'Français' },
  { id: 'ne', name: 'नेपाली' },
  { id: 'sw', name: 'Kiswahili' },
] as const;

export type LanguageId = (typeof languages)[number]['id'];

export function isLanguageId(value: unknown): value is LanguageId {
  return languages.some((l) => l.id === value);
}

/** The first supported language of the browser, else English. */
export function browserLanguage(): LanguageId {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguageId(base)) return base;
  }
  return 'en';
}
