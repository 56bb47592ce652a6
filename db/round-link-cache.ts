import type { DbOrTx } from './database';
import { findRound, findRoundLink, type Round, type RoundLink } from './repositories/rounds';

// Bounds on what one process keeps: past them a cache starts over (a national round has ~30,000 links).
const MAX_LINKS = 50_000;
const MAX_ROUNDS = 10_000;

/**
 * Every submission looks its link up; a class answering at once asks for the same link thirty
 * times, and a national round has tens of thousands of links. What a link names — its code, round
 * and unit — never changes (nothing deletes or moves them), so each link is read once. A round's
 * dates and its personal-links-only switch may change: they are read again per round, not per
 * link, and seen after at most `ttlMs` — one query per round and period instead of one per link.
 * Submissions read only the unit's id and municipality from the link; a renamed unit's new name
 * is for pages, which read the link themselves.
 */
export function cachedRoundLinks(
  db: DbOrTx,
  ttlMs: number,
): (code: string) => Promise<RoundLink | undefined> {
  const links = new Map<string, { link: Promise<RoundLink | undefined>; at: number }>();
  const rounds = new Map<string, { round: Promise<Round | undefined>; at: number }>();

  const linkOf = (code: string) => {
    const hit = links.get(code);
    if (hit) return hit;
    if (links.size > MAX_LINKS) links.clear();
    const link = findRoundLink(db, code);
    const entry = { link, at: Date.now() };
    links.set(code, entry);
    // Only links that exist are kept: a code tried before its link was made must work at once.
    link.then((found) => found ?? links.delete(code)).catch(() => links.delete(code));
    return entry;
  };

  const roundOf = (link: RoundLink, linkReadAt: number) => {
    const now = Date.now();
    const hit = rounds.get(link.round.id);
    if (hit && now - hit.at < ttlMs) return hit.round;
    if (rounds.size > MAX_ROUNDS) rounds.clear();
    // A link read just now carries its round as it is; one read earlier, its round as it was then.
    const fromLink = now - linkReadAt < ttlMs;
    const round = fromLink ? Promise.resolve(link.round) : findRound(db, link.round.id);
    rounds.set(link.round.id, { round, at: fromLink ? linkReadAt : now });
    round.catch(() => rounds.delete(link.round.id));
    return round;
  };

  return async (code) => {
    const { link: read, at } = linkOf(code);
    const link = await read;
    if (!link) return undefined;
    const round = await roundOf(link, at);
    return round && (round === link.round ? link : { ...link, round });
  };
}
