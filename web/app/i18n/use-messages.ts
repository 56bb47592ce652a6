import { useMemo } from 'preact/hooks';
import { translator, type Messages, type Translate } from '../../../core/messages/message-catalogue';
import { useLocale } from './locale';

/** The catalogue's messages in the language the user chose: `const t = useMessages(roundMessages)`. */
export function useMessages<M extends Messages>(messages: M): Translate<M> {
  const { locale } = useLocale();
  return useMemo(() => translator(messages, locale), [messages, locale]);
}
