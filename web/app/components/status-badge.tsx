import type { GoalStatus } from '../api/api-types';
import { statusTextIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';

/** The status as a word on its colour: the word carries the meaning, the colour only helps. */
export function StatusBadge({ status }: { status: GoalStatus }) {
  const { locale } = useLocale();
  return <span class={`status ${status}`}>{statusTextIn(status, locale)}</span>;
}
