import { useState } from 'preact/hooks';
import { measuredMessages } from '../../../core/messages/measured-messages';
import type { MeasuredFiguresView, MeasuredValueInput } from '../api/measured-types';
import { sendJson } from '../api/send-json';
import { FocusedNotice } from '../admin/focused-notice';
import { useSubmit } from '../admin/use-submit';
import { RefusalAlert } from '../components/refusal-alert';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { measuredText } from './measured-format';
import { FieldIssueText, invalidAt, refusalReason, useMeasuredIssue } from './measured-issues';
import { treeOrder } from './measured-figure-table';

interface Row {
  unitId: string;
  period: string;
  numerator: string;
  denominator: string;
  persons: string;
}
const EMPTY_ROW: Row = { unitId: '', period: '', numerator: '', denominator: '', persons: '' };
const NUMBERS = ['numerator', 'denominator', 'persons'] as const;

/** "12,5" or "12.5" → 12.5; what is not a number goes as typed, for the server to name. */
function numberOf(text: string): number | string | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
}

const valueOf = (row: Row): MeasuredValueInput =>
  ({
    unitId: row.unitId,
    period: row.period.trim(),
    numerator: numberOf(row.numerator),
    denominator: numberOf(row.denominator),
    persons: numberOf(row.persons),
  }) as MeasuredValueInput;

/**
 * A few figures by hand (a yearly figure per school): one row per unit and period, all saved or
 * none; a refusal shows at the row's field (`values[i].<field>`).
 */
export function MeasuredEntryForm({
  figures,
  onSaved,
}: {
  figures: MeasuredFiguresView;
  onSaved: () => void;
}) {
  const t = useMessages(measuredMessages);
  const say = useMeasuredIssue();
  const submit = useSubmit();
  const { definition } = figures;
  const [rows, setRows] = useState<Row[]>([{ ...EMPTY_ROW }]);
  const [saved, setSaved] = useState<number | null>(null);
  const units = treeOrder(figures.units);
  const columns = NUMBERS.filter((c) => c !== 'denominator' || definition.kind !== 'count');
  const { locale } = useLocale();
  const label = (column: (typeof NUMBERS)[number]) =>
    column === 'persons'
      ? t('measured.entry.persons')
      : measuredText(definition[`${column}Label`], locale) || t(`measured.form.${column}Label`);
  /** "values[1].persons" → "Række 2, Personer", as the form labels it. */
  const placeOf = (field: string) => {
    const match = /^values\[(\d+)\]\.(\w+)/.exec(field);
    if (!match) return field;
    const column = match[2] as keyof Row;
    const name =
      column === 'unitId'
        ? t('measured.entry.unit')
        : column === 'period'
          ? t('measured.entry.period')
          : label(column);
    return `${t('measured.entry.row', { row: Number(match[1]) + 1 })}, ${name}`;
  };
  const change = (i: number, field: keyof Row, value: string) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)));
  const send = (event: Event) => {
    event.preventDefault();
    setSaved(null);
    void submit.run(async () => {
      const answer = await sendJson<{ saved: number }>(
        'PUT',
        `/api/measured/${encodeURIComponent(definition.key)}/values`,
        { values: rows.map(valueOf) },
      );
      setSaved(answer.saved);
      setRows([{ ...EMPTY_ROW }]);
      onSaved();
    });
  };
  return (
    <form
      id="measured-entry"
      class="stacked measured-entry"
      onSubmit={send}
      noValidate
      aria-labelledby="entry-heading"
    >
      <h2 id="entry-heading">{t('measured.entry.heading')}</h2>
      <p>{t('measured.entry.lead')}</p>
      <RefusalAlert
        submit={submit}
        say={(i) => `${placeOf(i.field)}: ${say(i)}`}
        reason={(s) => refusalReason(t, s)}
      />
      {saved !== null && (
        <FocusedNotice role="status" class="notice" token={saved}>
          <p id="entry-saved">{t('measured.entry.saved', { count: saved })}</p>
        </FocusedNotice>
      )}
      {rows.map((row, i) => {
        const id = (field: string) => `entry-${i}-${field}`;
        const at = (field: string) => `values[${i}].${field}`;
        return (
          <fieldset class="entry-row" key={i} data-row={i}>
            <legend>{t('measured.entry.row', { row: i + 1 })}</legend>
            <div class="entry-field">
              <label for={id('unitId')}>{t('measured.entry.unit')}</label>
              <select
                id={id('unitId')}
                value={row.unitId}
                onChange={(e) => change(i, 'unitId', e.currentTarget.value)}
                {...invalidAt(`${id('unitId')}-error`, at('unitId'), submit.issues)}
              >
                <option value="">{t('measured.entry.chooseUnit')}</option>
                {units.map(({ unit, depth }) => (
                  <option value={unit.id} key={unit.id}>
                    {'\u00a0\u00a0'.repeat(depth)}
                    {unit.name}
                  </option>
                ))}
              </select>
              <FieldIssueText id={`${id('unitId')}-error`} field={at('unitId')} issues={submit.issues} />
            </div>
            <div class="entry-field">
              <label for={id('period')}>{t('measured.entry.period')}</label>
              <input
                id={id('period')}
                value={row.period}
                placeholder={t(`measured.entry.periodHint.${definition.grain}`)}
                onInput={(e) => change(i, 'period', e.currentTarget.value)}
                {...invalidAt(`${id('period')}-error`, at('period'), submit.issues)}
              />
              <FieldIssueText id={`${id('period')}-error`} field={at('period')} issues={submit.issues} />
            </div>
            {columns.map((column) => (
              <div class="entry-field" key={column}>
                <label for={id(column)}>{label(column)}</label>
                <input
                  id={id(column)}
                  inputMode="decimal"
                  value={row[column]}
                  onInput={(e) => change(i, column, e.currentTarget.value)}
                  {...invalidAt(`${id(column)}-error`, at(column), submit.issues)}
                />
                <FieldIssueText id={`${id(column)}-error`} field={at(column)} issues={submit.issues} />
              </div>
            ))}
            {rows.length > 1 && (
              <button type="button" class="link-like" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                {t('measured.entry.removeRow', { row: i + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      <button type="button" onClick={() => setRows([...rows, { ...EMPTY_ROW }])}>
        {t('measured.entry.addRow')}
      </button>
      <button type="submit" disabled={submit.busy}>
        {t('measured.entry.save')}
      </button>
    </form>
  );
}
