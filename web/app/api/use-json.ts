import { useEffect, useState } from 'preact/hooks';
import { fetchJson } from './fetch-json';

export type Loaded<T> =
  { state: 'loading' } | { state: 'failed'; error: Error } | { state: 'ready'; data: T };

/** Loads `url` (null: nothing yet) and reloads when it changes; an answer to an older url is dropped. */
export function useJson<T>(url: string | null): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (url === null) return;
    const abort = new AbortController();
    setLoaded({ state: 'loading' });
    fetchJson<T>(url, abort.signal).then(
      (data) => {
        if (!abort.signal.aborted) setLoaded({ state: 'ready', data });
      },
      (error: Error) => {
        if (!abort.signal.aborted) setLoaded({ state: 'failed', error });
      },
    );
    return () => abort.abort();
  }, [url]);
  return loaded;
}
