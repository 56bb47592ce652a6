import type { FieldIssue } from '../errors';
import { PayloadTooLarge, ValidationFailed } from '../errors';

/**
 * Why an uploaded file is refused before it is parsed: `tooLarge` for what it would cost to read
 * (413), else for what it is (422). `summary` finishes "The file cannot be imported: …"; `details`
 * name the part, the sheet or the rows at fault.
 */
export interface FileRefusal {
  tooLarge: boolean;
  summary: string;
  details: FieldIssue[];
}

export function fileRefusalError(refusal: FileRefusal): PayloadTooLarge | ValidationFailed {
  const message = `The file cannot be imported: ${refusal.summary}`;
  return refusal.tooLarge
    ? new PayloadTooLarge(message, refusal.details)
    : new ValidationFailed(message, refusal.details);
}
