import type { FieldIssue } from '../api/send-json';
import { useLocale } from '../i18n/locale';
import { invalidProps } from './field-issues';
import { importIssueText } from './import-issue-text';

/**
 * One labelled field of a unit form, with the issue a refusal names for it in the reader's words
 * (the unit rules are the import's, so their words are shared). Ids: `<form>-<field>`.
 */
export function UnitField({
  form,
  field,
  label,
  value,
  onInput,
  issues,
  hint,
  numeric,
}: {
  form: string;
  field: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  issues: FieldIssue[];
  hint?: string;
  numeric?: boolean;
}) {
  const id = `${form}-${field}`;
  return (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={field}
        value={value}
        autocomplete="off"
        {...(numeric ? { inputMode: 'numeric' as const, pattern: '[0-9]*' } : {})}
        onInput={(e) => onInput(e.currentTarget.value)}
        {...invalidProps(`${id}-error`, field, issues, hint ? `${id}-hint` : undefined)}
      />
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <UnitFieldError id={`${id}-error`} field={field} issues={issues} />
    </>
  );
}

/** The issue a refusal names for `field`, in the reader's words. */
export function UnitFieldError({ id, field, issues }: { id: string; field: string; issues: FieldIssue[] }) {
  const { locale } = useLocale();
  const mine = issues.filter((i) => i.field === field);
  if (mine.length === 0) return null;
  return (
    <span class="field-error" id={id}>
      {mine.map((i) => importIssueText(locale, i.issue)).join('; ')}
    </span>
  );
}

/** What a number field sends: its digits, or null to clear it. */
export const figureOf = (value: string) => (value.trim() === '' ? null : value.trim());
export const textOf = (value: number | string | null) => (value === null ? '' : String(value));
