import { useEffect, useState } from 'preact/hooks';
import { sendJson } from '../api/send-json';
import type { RetentionAdmin, RetentionPreview } from './admin-types';

/** Asked once typing pauses, not at every key. */
const PREVIEW_PAUSE_MS = 300;

export type RetentionValues = Record<'answersKeptYears' | 'commentsKeptMonths', string>;

/** The entered periods as the server takes them; null while one is not a whole number within its limits. */
function periodsOf(values: RetentionValues, limits: RetentionAdmin['limits']) {
  const answersKeptYears = Number(values.answersKeptYears);
  const commentsKeptMonths = Number(values.commentsKeptMonths);
  const within = (n: number, [min, max]: readonly [number, number]) =>
    Number.isInteger(n) && n >= min && n <= max;
  if (values.answersKeptYears.trim() === '' || values.commentsKeptMonths.trim() === '') return null;
  return within(answersKeptYears, limits.answersKeptYears) &&
    within(commentsKeptMonths, limits.commentsKeptMonths)
    ? { answersKeptYears, commentsKeptMonths }
    : null;
}

/**
 * What the periods being entered would delete at the next sweep, as the server says (it knows the
 * rounds and today's date). Null while a period is invalid (saving names the field) or the server
 * cannot say; the server refuses an unconfirmed deleting change anyway. `version` asks again.
 */
export function useRetentionPreview(
  values: RetentionValues,
  limits: RetentionAdmin['limits'],
  version: unknown,
): RetentionPreview | null {
  const [preview, setPreview] = useState<RetentionPreview | null>(null);
  const { answersKeptYears, commentsKeptMonths } = values;
  useEffect(() => {
    const periods = periodsOf({ answersKeptYears, commentsKeptMonths }, limits);
    if (!periods) {
      setPreview(null);
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      sendJson<RetentionPreview>('POST', '/api/admin/retention/preview', periods).then(
        (answer) => current && setPreview(answer),
        () => current && setPreview(null),
      );
    }, PREVIEW_PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [answersKeptYears, commentsKeptMonths, limits, version]);
  return preview;
}
