import type { ComponentChildren } from 'preact';
import type { Loaded } from '../api/use-json';
import { useLocale } from '../i18n/locale';

/** Renders the data when it is there, else a polite "loading" or an alert with the server's reason. */
export function LoadState<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (data: T) => ComponentChildren;
}) {
  const { words } = useLocale();
  if (loaded.state === 'loading')
    return (
      <p class="loading" role="status">
        {words.loading}
      </p>
    );
  if (loaded.state === 'failed')
    return (
      <p class="error" role="alert">
        {words.loadFailed(loaded.error.message)}
      </p>
    );
  return <>{children(loaded.data)}</>;
}
