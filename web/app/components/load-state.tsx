import type { ComponentChildren } from 'preact';
import type { Loaded } from '../api/use-json';
import { appMessages } from '../../../core/messages/app-messages';
import { useMessages } from '../i18n/use-messages';

/** Renders the data when it is there, else a polite "loading" or an alert with the server's reason. */
export function LoadState<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (data: T) => ComponentChildren;
}) {
  const t = useMessages(appMessages);
  if (loaded.state === 'loading')
    return (
      <p class="loading" role="status">
        {t('app.loading')}
      </p>
    );
  if (loaded.state === 'failed')
    return (
      <p class="error" role="alert">
        {t('app.loadFailed', { message: loaded.error.message })}
      </p>
    );
  return <>{children(loaded.data)}</>;
}
