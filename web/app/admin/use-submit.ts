import { useState } from 'preact/hooks';
import { ApiError } from '../api/fetch-json';
import { Refusal, type FieldIssue } from '../api/send-json';

export interface Submit {
  busy: boolean;
  /** The fields the last refusal named. */
  issues: FieldIssue[];
  /** The last refusal or failure (null: none); the form shows its summary then. */
  failure: { message: string; issues: FieldIssue[]; status?: number } | null;
  run: (action: () => Promise<void>) => Promise<void>;
}

/** One form's sending: busy while it runs, then the refusal's fields, or nothing on success. */
export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Submit['failure']>(null);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
      setFailure(null);
    } catch (error) {
      const issues = error instanceof Refusal ? error.details : [];
      const status = error instanceof ApiError ? error.status : undefined;
      setFailure({ message: (error as Error).message, issues, status });
    } finally {
      setBusy(false);
    }
  };
  return { busy, issues: failure?.issues ?? [], failure, run };
}
