import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import en from './en.json';
import id from './id.json';

export const languages = ['en', 'id'] as const;
export type Language = (typeof languages)[number];

// Only the language choice is kept in the browser; the session itself lives in an httpOnly cookie.
const storageKey = 'arus.language';

// Intl needs a region to pick the right separators; the UI only has one variant per language.
const intlLocales: Record<Language, string> = {
  en: 'en-US',
  id: 'id-ID',
};

export const resources = {
  en: { translation: en },
  id: { translation: id },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function toIntlLocale(language: string): string {
  return isLanguage(language) ? intlLocales[language] : intlLocales.en;
}

function readStoredLanguage(): Language | null {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(stored) ? stored : null;
  } catch {
    // Storage can be blocked (private mode, strict privacy settings); the browser language will do.
    return null;
  }
}

function detectLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;

  const browser = globalThis.navigator?.language ?? '';
  return browser.toLowerCase().startsWith('id') ? 'id' : 'en';
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not being able to remember the choice only means it is asked again next visit.
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: 'en',
  supportedLngs: languages,
  initAsync: false,
  interpolation: {
    // React already escapes rendered strings.
    escapeValue: false,
  },
});

// Screen readers, hyphenation and spell checking read the page's language from <html lang>: set it
// from the language chosen at start (the static page says "en") and on every switch.
function markPageLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

markPageLanguage(i18n.language);
i18n.on('languageChanged', markPageLanguage);
