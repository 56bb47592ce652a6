import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale } from '../../../core/indicators/indicator-definition';

export type { Locale };
export const LOCALES: Locale[] = ['da', 'nb', 'en'];

const STORED = 'malbar.locale';

export interface LocaleChoice {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export const LocaleContext = createContext<LocaleChoice>({ locale: 'da', setLocale: () => {} });
export const useLocale = (): LocaleChoice => useContext(LocaleContext);

/** The language chosen before on this browser, else the browser's own (Norwegian: nb, nn, no). */
export function initialLocale(): Locale {
  const stored = readStored();
  if (stored) return stored;
  const tag = (navigator.language || 'da').toLowerCase();
  if (/^(nb|nn|no)\b/.test(tag)) return 'nb';
  if (tag.startsWith('en')) return 'en';
  return 'da';
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORED, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

function readStored(): Locale | null {
  try {
    const value = localStorage.getItem(STORED);
    return LOCALES.find((l) => l === value) ?? null;
  } catch {
    return null;
  }
}
