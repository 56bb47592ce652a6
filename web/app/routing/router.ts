import { useEffect, useState } from 'preact/hooks';
import { GRANULARITIES, type Granularity } from '../../../core/sick-leave/figures-periods';

/** The app lives under /app; every view has its own address, so a drill-down can be linked. */
export const BASE = '/app';

export type Route =
  | { view: 'overview'; contractId: string | null; year: number | null }
  | { view: 'tree'; unitId: string | null; goalId: string | null }
  | { view: 'indicator'; unitId: string; instrumentKey: string; indicatorKey: string }
  | { view: 'sick-leave'; unitId: string | null; granularity: Granularity }
  | { view: 'sick-leave-import'; importId: string | null }
  | { view: 'measured' }
  | { view: 'measured-figures'; key: string; period: 'own' | 'year' }
  | { view: 'measured-import'; importId: string | null }
  | { view: 'instruments' }
  | { view: 'benchmarks' }
  | { view: 'network'; instrumentKey: string | null; indicatorKey: string | null }
  | { view: 'admin-users' }
  | { view: 'admin-user'; userId: string }
  | { view: 'admin-sso' }
  | { view: 'admin-retention' }
  | { view: 'admin-api-tokens' }
  | { view: 'admin-audit'; filter: AuditQuery }
  | { view: 'admin-organisation'; editId: string | null }
  | { view: 'account' }
  | { view: 'report'; contractId: string; year: number }
  | { view: 'initiatives'; query: InitiativeQuery }
  | { view: 'initiative'; initiativeId: string | null }
  | { view: 'contracts' }
  | { view: 'contract-edit'; contractId: string }
  | { view: 'goal-new'; contractId: string; area: string | null }
  | { view: 'goal'; goalId: string; created: boolean }
  | { view: 'admin-networks' }
  | { view: 'rounds' }
  | { view: 'round-new'; instrument: string | null }
  | { view: 'round'; roundId: string }
  | { view: 'not-found' };

/** The audit trail's filter as the address carries it (empty: not asked). */
export interface AuditQuery {
  action: string;
  actor: string;
  from: string;
  to: string;
  page: number;
}

/** The initiative catalogue's search as the address carries it (empty: all). */
export interface InitiativeQuery {
  q: string;
  sector: string;
  municipality: string;
}

const NAVIGATED = 'malbar:navigate';

export function parseRoute(pathname: string, search: string): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const parts = rest.split('/').filter(Boolean).map(decodeURIComponent);
  const year = Number(new URLSearchParams(search).get('year'));
  if (parts.length === 0) return { view: 'overview', contractId: null, year: null };
  if (parts[0] === 'contracts' && parts.length === 2)
    return {
      view: 'overview',
      contractId: parts[1]!,
      year: Number.isInteger(year) && year > 0 ? year : null,
    };
  if (parts[0] === 'contracts' && parts[2] === 'report' && parts.length === 4)
    return reportRoute(parts[1]!, parts[3]!);
  if (parts[0] === 'initiatives') return initiativeRoute(parts.slice(1), new URLSearchParams(search));
  if (parts[0] === 'contracts' || parts[0] === 'goals') {
    const managed = contractRoute(parts, new URLSearchParams(search));
    if (managed) return managed;
  }
  if (parts[0] === 'units' && parts[2] === 'indicators' && parts.length === 5)
    return { view: 'indicator', unitId: parts[1]!, instrumentKey: parts[3]!, indicatorKey: parts[4]! };
  if (parts[0] === 'units' && parts.length <= 2)
    return { view: 'tree', unitId: parts[1] ?? null, goalId: new URLSearchParams(search).get('goal') };
  if (parts[0] === 'account' && parts.length === 1) return { view: 'account' };
  if (parts[0] === 'rounds') return roundRoute(parts.slice(1), new URLSearchParams(search));
  if (parts[0] === 'admin') return adminRoute(parts.slice(1), new URLSearchParams(search));
  if (parts[0] === 'sick-leave' && parts[1] === 'import' && parts.length === 2)
    return { view: 'sick-leave-import', importId: new URLSearchParams(search).get('import') };
  if (parts[0] === 'measured') return measuredRoute(parts.slice(1), new URLSearchParams(search));
  if (parts[0] === 'instruments' && parts.length === 1) return { view: 'instruments' };
  if (parts[0] === 'benchmarks' && parts.length === 1) return { view: 'benchmarks' };
  if (parts[0] === 'network' && parts.length === 1) {
    const query = new URLSearchParams(search);
    return { view: 'network', instrumentKey: query.get('instrument'), indicatorKey: query.get('indicator') };
  }
  if (parts[0] === 'sick-leave' && parts.length <= 2) {
    const asked = new URLSearchParams(search).get('granularity');
    const granularity = GRANULARITIES.find((g) => g === asked) ?? 'month';
    return { view: 'sick-leave', unitId: parts[1] ?? null, granularity };
  }
  return { view: 'not-found' };
}

/** Measured indicators: the list, the import, and one indicator's figures (own grain or years). */
function measuredRoute(parts: string[], query: URLSearchParams): Route {
  if (parts.length === 0) return { view: 'measured' };
  if (parts[0] === 'import' && parts.length === 1)
    return { view: 'measured-import', importId: query.get('import') };
  if (parts.length === 1)
    return {
      view: 'measured-figures',
      key: parts[0]!,
      period: query.get('period') === 'year' ? 'year' : 'own',
    };
  return { view: 'not-found' };
}

function reportRoute(contractId: string, yearText: string): Route {
  const year = Number(yearText);
  return /^\d{4}$/.test(yearText) ? { view: 'report', contractId, year } : { view: 'not-found' };
}

function initiativeRoute(parts: string[], query: URLSearchParams): Route {
  if (parts.length === 0) {
    const text = (key: string) => query.get(key) ?? '';
    return {
      view: 'initiatives',
      query: { q: text('q'), sector: text('sector'), municipality: text('municipality') },
    };
  }
  if (parts.length === 1) return { view: 'initiative', initiativeId: parts[0] === 'new' ? null : parts[0]! };
  return { view: 'not-found' };
}

/** The catalogue's search as a query string ("" when nothing is asked). */
export function initiativeQueryString(query: InitiativeQuery): string {
  const entries = (['q', 'sector', 'municipality'] as const).flatMap((key) =>
    query[key] ? [[key, query[key]] as [string, string]] : [],
  );
  return new URLSearchParams(entries).toString();
}

/** Writing the contract: the list, a contract's areas and goals, a new goal, a goal and its actions. */
function contractRoute(parts: string[], query: URLSearchParams): Route | null {
  if (parts[0] === 'contracts' && parts.length === 1) return { view: 'contracts' };
  if (parts[0] === 'contracts' && parts[2] === 'edit' && parts.length === 3)
    return { view: 'contract-edit', contractId: parts[1]! };
  if (parts[0] === 'contracts' && parts[2] === 'goals' && parts[3] === 'new' && parts.length === 4)
    return { view: 'goal-new', contractId: parts[1]!, area: query.get('area') };
  if (parts[0] === 'goals' && parts.length === 2)
    return { view: 'goal', goalId: parts[1]!, created: query.get('created') === '1' };
  return null;
}

function roundRoute(parts: string[], query: URLSearchParams): Route {
  if (parts.length === 0) return { view: 'rounds' };
  if (parts[0] === 'new' && parts.length === 1)
    return { view: 'round-new', instrument: query.get('instrument') };
  if (parts.length === 1) return { view: 'round', roundId: parts[0]! };
  return { view: 'not-found' };
}

function adminRoute(parts: string[], query: URLSearchParams): Route {
  if (parts.length === 0 || (parts[0] === 'users' && parts.length === 1)) return { view: 'admin-users' };
  if (parts[0] === 'users' && parts.length === 2) return { view: 'admin-user', userId: parts[1]! };
  if (parts[0] === 'sso' && parts.length === 1) return { view: 'admin-sso' };
  if (parts[0] === 'retention' && parts.length === 1) return { view: 'admin-retention' };
  if (parts[0] === 'api-tokens' && parts.length === 1) return { view: 'admin-api-tokens' };
  if (parts[0] === 'networks' && parts.length === 1) return { view: 'admin-networks' };
  if (parts[0] === 'organisation' && parts.length === 1)
    return { view: 'admin-organisation', editId: query.get('edit') };
  if (parts[0] === 'audit' && parts.length === 1) {
    const page = Number(query.get('page'));
    const text = (key: string) => query.get(key) ?? '';
    return {
      view: 'admin-audit',
      filter: {
        action: text('action'),
        actor: text('actor'),
        from: text('from'),
        to: text('to'),
        page: Number.isInteger(page) && page > 0 ? page : 1,
      },
    };
  }
  return { view: 'not-found' };
}

/** The audit filter as a query string ("" when nothing is asked); page 1 is left out. */
export function auditQueryString(filter: AuditQuery): string {
  const entries: [string, string][] = [];
  for (const key of ['action', 'actor', 'from', 'to'] as const)
    if (filter[key]) entries.push([key, filter[key]]);
  if (filter.page > 1) entries.push(['page', String(filter.page)]);
  return new URLSearchParams(entries).toString();
}

/** The current route; follows pushState navigation and the browser's Back and Forward. */
export function useRoute(): Route {
  const read = () => parseRoute(window.location.pathname, window.location.search);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const update = () => setRoute(read());
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATED, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATED, update);
    };
  }, []);
  return route;
}

/** Goes to `href`; with `replace` (after a form made something) Back skips the form. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATED));
}

/**
 * Lets the app handle plain clicks on its own links; a click with a modifier (new tab, new window)
 * or on a link elsewhere is left to the browser.
 */
export function followAppLink(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.('a');
  if (!link || link.target || link.origin !== window.location.origin) return;
  if (link.getAttribute('href')?.startsWith('#')) return; // the skip link jumps within the page
  if (link.pathname !== BASE && !link.pathname.startsWith(`${BASE}/`)) return;
  event.preventDefault();
  navigate(link.pathname + link.search);
}
