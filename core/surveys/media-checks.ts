import type { AnswerCheck } from './answer-check';

/**
 * Checks for survey-core's slider, signaturepad and file questions. survey-core checks none of
 * their values on completion; we accept the shapes its page produces (stricter types) and cap the
 * size of signatures and files, so a response body cannot become storage (both are deliberate
 * differences, deliberate-differences.ts).
 */

/** Longest signature data URL we store: a 300×200 PNG drawing is well under 100 kB. */
export const MAX_SIGNATURE_LENGTH = 200_000;
/** Most characters of file content (data URLs) one file answer may carry in all. */
export const MAX_FILE_CONTENT_LENGTH = 1_000_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A slider: a number from min to max, or for sliderType "range" two such numbers in order. */
export function sliderCheck(element: Record<string, unknown>): AnswerCheck {
  const min = numberOr(element.min, 0);
  const max = numberOr(element.max, 100);
  const point = (value: unknown): string | null => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a number';
    if (value < min) return `below slider min ${min}`;
    return value > max ? `above slider max ${max}` : null;
  };
  if (element.sliderType !== 'range') return { check: (value) => point(value) };
  return {
    check(value) {
      if (!Array.isArray(value) || value.length !== 2) return 'expected a range [from, to]';
      const [from, to] = value as unknown[];
      const issue = point(from) ?? point(to);
      if (issue !== null) return issue;
      return (from as number) > (to as number) ? 'range start after its end' : null;
    },
  };
}

/** A signature: the image as text (a data URL, or an uploaded file's address), size capped. */
export function signatureCheck(): AnswerCheck {
  return {
    check(value) {
      if (typeof value !== 'string') return 'expected a signature image as text';
      return value.length > MAX_SIGNATURE_LENGTH
        ? `signature longer than ${MAX_SIGNATURE_LENGTH} characters`
        : null;
    },
  };
}

function fileIssue(file: unknown): string | null {
  if (!isRecord(file)) return 'expected files as { name, type, content } objects';
  for (const key of ['name', 'type', 'content'])
    if (typeof file[key] !== 'string') return `file ${key} must be text`;
  const extra = Object.keys(file).find((key) => !['name', 'type', 'content'].includes(key));
  return extra === undefined ? null : `unknown file property ${extra}`;
}

/** Files: a list of { name, type, content }; one file unless allowMultiple; content size capped. */
export function fileCheck(element: Record<string, unknown>): AnswerCheck {
  const most = element.allowMultiple === true ? numberOr(element.maxFiles, 1000) : 1;
  return {
    check(value) {
      if (!Array.isArray(value)) return 'expected a list of files';
      if (value.length > most) return `more than ${most} file${most === 1 ? '' : 's'}`;
      for (const file of value) {
        const issue = fileIssue(file);
        if (issue !== null) return issue;
      }
      const size = value.reduce((sum: number, file) => sum + (file as { content: string }).content.length, 0);
      return size > MAX_FILE_CONTENT_LENGTH
        ? `files larger than ${MAX_FILE_CONTENT_LENGTH} characters in all`
        : null;
    },
  };
}
