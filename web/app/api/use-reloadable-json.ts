import { useCallback, useState } from 'preact/hooks';
import { useJson, type Loaded } from './use-json';

/**
 * useJson, and a way to ask again after a change. The reload adds a counter to the address's
 * fragment, which fetch never sends: the server sees the same request.
 */
export function useReloadableJson<T>(url: string): [Loaded<T>, () => void] {
  const [version, setVersion] = useState(0);
  const loaded = useJson<T>(`${url}#${version}`);
  return [loaded, useCallback(() => setVersion((v) => v + 1), [])];
}
