import { useCallback, useEffect, useState } from 'preact/hooks';
import { fetchJson } from '../api/fetch-json';
import type { Loaded } from '../api/use-json';
import type { RoundDistribution } from './round-types';

/**
 * A round's response rates, kept live: the server pushes them (server-sent events from
 * /api/rounds/:id/response-rates/events) whenever the worker has counted new answers, so the
 * counts rise without a reload and a form being filled in beside them is left alone. `reload`
 * asks again after a change made here (the link policy). The newest answer to arrive wins.
 */
export function useLiveRates(roundId: string): [Loaded<RoundDistribution>, () => void] {
  const url = `/api/rounds/${encodeURIComponent(roundId)}/response-rates`;
  const [loaded, setLoaded] = useState<Loaded<RoundDistribution>>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    fetchJson<RoundDistribution>(`${url}#${version}`, abort.signal).then(
      (data) => {
        if (!abort.signal.aborted) setLoaded({ state: 'ready', data });
      },
      (error: Error) => {
        if (!abort.signal.aborted)
          setLoaded((now) => (now.state === 'ready' ? now : { state: 'failed', error }));
      },
    );
    return () => abort.abort();
  }, [url, version]);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    // EventSource reconnects by itself after a network hiccup.
    const stream = new EventSource(`${url}/events`);
    stream.addEventListener('rates', (event) =>
      setLoaded({
        state: 'ready',
        data: JSON.parse((event as MessageEvent<string>).data) as RoundDistribution,
      }),
    );
    return () => stream.close();
  }, [url]);
  return [loaded, useCallback(() => setVersion((v) => v + 1), [])];
}
