import { useState } from 'preact/hooks';
import type { networkMessages } from '../../../core/messages/network-messages';
import type { Translate } from '../../../core/messages/message-catalogue';
import { Refusal, type FieldIssue } from '../api/send-json';

export type NetworkTranslate = Translate<typeof networkMessages>;
type T = NetworkTranslate;

/** What the last network action did: its notice, or the refusal (the fields named, or a conflict). */
export type Outcome = { ok: string } | { refused: FieldIssue[]; conflict: boolean; message: string } | null;

/** One action's sending: the notice it ends with, or the refusal (fields named, or a conflict). */
export function useNetworkAction(reload: () => void) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const run = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(true);
    try {
      await action();
      setOutcome({ ok: done });
      reload();
      return true;
    } catch (error) {
      const refusal = error instanceof Refusal ? error : null;
      setOutcome({
        refused: refusal?.details ?? [],
        conflict: refusal?.status === 409,
        message: (error as Error).message,
      });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, outcome, run };
}

/** The field's problem in the reader's words (the server says it in English). */
export function problemOf(issues: FieldIssue[], t: T): string | null {
  const issue = issues[0];
  if (!issue) return null;
  const kind = issue.issue.startsWith('no municipality')
    ? 'unknownSlug'
    : ['slug', 'name'].includes(issue.field)
      ? issue.field
      : 'other';
  return t('networks.problem', { issue: kind });
}

export type NetworkAction = ReturnType<typeof useNetworkAction>;

export const fieldProblem = (outcome: Outcome, t: T) =>
  outcome && 'refused' in outcome ? problemOf(outcome.refused, t) : null;
