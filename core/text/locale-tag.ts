import type { Locale } from '../indicators/indicator-definition';

/** The BCP 47 tag Intl formats each of our languages with: Danish, Norwegian Bokmål, British English. */
export const LOCALE_TAG: Record<Locale, string> = { da: 'da-DK', nb: 'nb-NO', en: 'en-GB' };
