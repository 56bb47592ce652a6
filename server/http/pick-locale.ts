import type { Request } from 'express';
import type { Locale } from '../../core/indicators/indicator-definition';

/**
 * The language a page is answered in: `?lang=da|nb|en` when asked (the page's own language links),
 * else the browser's (Norwegian: nb, nn, no), else `fallback`.
 */
export function pickLocale(req: Request<unknown>, fallback: Locale): Locale {
  const asked = typeof req.query.lang === 'string' ? req.query.lang : undefined;
  if (asked === 'da' || asked === 'nb' || asked === 'en') return asked;
  const accepted = req.acceptsLanguages('da', 'nb', 'no', 'nn', 'en');
  if (accepted === 'da') return 'da';
  if (accepted === 'nb' || accepted === 'no' || accepted === 'nn') return 'nb';
  if (accepted === 'en') return 'en';
  return fallback;
}
