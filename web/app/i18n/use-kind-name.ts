import { appMessages } from '../../../core/messages/app-messages';
import { isMessageKey } from '../../../core/messages/message-catalogue';
import { useMessages } from './use-messages';

/** A unit's kind in the reader's words ("klasse/gruppe"); a kind the app has no word for as it is. */
export function useKindName(): (kind: string) => string {
  const t = useMessages(appMessages);
  return (kind) => {
    const key = `app.kind.${kind}`;
    return isMessageKey(appMessages, key) ? t(key) : kind;
  };
}
