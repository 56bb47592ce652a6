import { useCallback, useEffect, useState } from 'preact/hooks';
import { fetchJson } from '../api/fetch-json';
import type { Loaded } from '../api/use-json';
import type { RateQuery, RoundDistribution } from './round-types';

export const RATE_PAGE_SIZE = 50;

/** The query string of one screen of rates: only what differs from the first page by name. */
export function rateQueryString(query: RateQuery): string {
  const params = new URLSearchParams();
  if (query.offset > 0) params.set('offset', String(query.offset));
  if (query.under) params.set('under', query.under);
  if (query.q.trim()) params.set('q', query.q.trim());
  if (query.flagged) params.set('flagged', '1');
  if (query.order !== 'name') params.set('order', query.order);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * A round's response rates, one screen of them, kept live: the server pushes that screen again
 * (server-sent events from /api/rounds/:id/response-rates/events with the same query) whenever the
 * worker has counted new answers, so the counts rise without a reload and a form being filled in
 * beside them is left alone. `reload` asks again after a change made here (the link policy). While
 * another page loads, the last one stays on screen.
 */
export function useLiveRates(roundId: string, query: RateQuery): [Loaded<RoundDistribution>, () => void] {
  const url = `/api/rounds/${encodeURIComponent(roundId)}/response-rates`;
  const search = rateQueryString(query);
  const [loaded, setLoaded] = useState<Loaded<RoundDistribution>>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    fetchJson<RoundDistribution>(`${url}${search}#${version}`, abort.signal).then(
      (data) => {
        if (!abort.signal.aborted) setLoaded({ state: 'ready', data });
      },
      (error: Error) => {
        if (!abort.signal.aborted)
          setLoaded((now) => (now.state === 'ready' ? now : { state: 'failed', error }));
      },
    );
    return () => abort.abort();
  }, [url, search, version]);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    // EventSource reconnects by itself after a network hiccup.
    const stream = new EventSource(`${url}/events${search}`);
    stream.addEventListener('rates', (event) =>
      setLoaded({
        state: 'ready',
        data: JSON.parse((event as MessageEvent<string>).data) as RoundDistribution,
      }),
    );
    return () => stream.close();
  }, [url, search]);
  return [loaded, useCallback(() => setVersion((v) => v + 1), [])];
}
