import type { DbOrTx } from './database';
import { findRoundLink, type RoundLink } from './repositories/rounds';

/**
 * Every submission looks its link up; a class answering at once asks for the same link thirty
 * times. Links never change; a round's dates may, and are seen after at most `ttlMs`.
 */
export function cachedRoundLinks(
  db: DbOrTx,
  ttlMs: number,
): (code: string) => Promise<RoundLink | undefined> {
  const cache = new Map<string, { link: Promise<RoundLink | undefined>; at: number }>();
  return (code) => {
    const now = Date.now();
    const hit = cache.get(code);
    if (hit && now - hit.at < ttlMs) return hit.link;
    if (cache.size > 50_000) cache.clear();
    const link = findRoundLink(db, code);
    cache.set(code, { link, at: now });
    // Only links that exist are kept: a code tried before its link was made must work at once.
    link.then((found) => found ?? cache.delete(code)).catch(() => cache.delete(code));
    return link;
  };
}
