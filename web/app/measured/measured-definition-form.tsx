import { useState } from 'preact/hooks';
import { measuredMessages } from '../../../core/messages/measured-messages';
import type { Translate } from '../../../core/messages/message-catalogue';
import type { MeasuredDefinition } from '../api/measured-types';
import { sendJson } from '../api/send-json';
import { useSubmit } from '../admin/use-submit';
import { RefusalAlert } from '../components/refusal-alert';
import type { Locale } from '../i18n/locale';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { measuredText } from './measured-format';
import { FieldIssueText, invalidAt, refusalReason, useMeasuredIssue } from './measured-issues';

const LANGUAGES: Locale[] = ['da', 'nb', 'en'];
const TEXTS = ['title', 'description', 'numeratorLabel', 'denominatorLabel', 'personsLabel'] as const;
type TextField = (typeof TEXTS)[number];
type Texts = Record<TextField, Record<Locale, string>>;

const emptyTexts = (): Texts =>
  Object.fromEntries(TEXTS.map((f) => [f, { da: '', nb: '', en: '' }])) as Texts;
const EMPTY = {
  key: '',
  kind: 'share',
  per: '1',
  grain: 'calendar-year',
  polarity: 'higher-is-better',
  minPersons: '5',
  interval: 'none',
  kostraCode: '',
  source: '',
};
type Plain = typeof EMPTY;

/** The form's fields as a stored definition has them, for changing it. */
function plainOf(d: MeasuredDefinition): Plain {
  return {
    key: d.key,
    kind: d.kind,
    per: String(d.per),
    grain: d.grain,
    polarity: d.polarity,
    minPersons: String(d.minPersons),
    interval: d.interval,
    kostraCode: d.kostraCode ?? '',
    source: d.source,
  };
}

function textsOf(d: MeasuredDefinition): Texts {
  const texts = emptyTexts();
  for (const field of TEXTS) for (const l of LANGUAGES) texts[field][l] = d[field]?.[l] ?? '';
  return texts;
}

/** The languages written; none at all is left to the server to refuse, naming the field. */
function textOf(text: Record<Locale, string>): Partial<Record<Locale, string>> | null {
  const written = LANGUAGES.filter((l) => text[l].trim() !== '');
  return written.length ? Object.fromEntries(written.map((l) => [l, text[l].trim()])) : null;
}

/** A number as typed; what is not one goes as typed, so the server names the field. */
const numberOf = (text: string): number | string =>
  /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text;

function bodyOf(plain: Plain, texts: Texts) {
  return {
    key: plain.key.trim(),
    title: textOf(texts.title) ?? {},
    description: textOf(texts.description) ?? undefined,
    kind: plain.kind,
    per: numberOf(plain.per),
    numeratorLabel: textOf(texts.numeratorLabel) ?? {},
    denominatorLabel: textOf(texts.denominatorLabel),
    grain: plain.grain,
    polarity: plain.polarity,
    personsLabel: textOf(texts.personsLabel),
    minPersons: numberOf(plain.minPersons),
    interval: plain.interval,
    kostraCode: plain.kostraCode.trim() || null,
    source: plain.source.trim(),
  };
}

const CHOICES = {
  kind: ['share', 'rate', 'mean', 'count'],
  grain: ['month', 'quarter', 'school-year', 'calendar-year'],
  polarity: ['higher-is-better', 'lower-is-better'],
  interval: ['none', 'wilson'],
} as const;

/**
 * One's own measured indicator, every field of MeasuredDefinition, or (`editing`) a change to one
 * already defined: its key stays, and its kind, grain and scale once it has figures (the server
 * refuses naming the field). A refusal shows each issue at its field (the server names them
 * `definition.<field>` when defining).
 */
export function MeasuredDefinitionForm({
  onDefined,
  onSending,
  editing,
}: {
  onDefined: (text: string) => void;
  /** A new try begins: what the last one said is out of date. */
  onSending?: () => void;
  editing?: MeasuredDefinition;
}) {
  const t = useMessages(measuredMessages);
  const { locale } = useLocale();
  const submit = useSubmit();
  const say = useMeasuredIssue();
  const [plain, setPlain] = useState(() => (editing ? plainOf(editing) : EMPTY));
  const [texts, setTexts] = useState(() => (editing ? textsOf(editing) : emptyTexts()));
  const issues = submit.issues.map((i) => ({ ...i, field: i.field.replace(/^definition\./, '') }));
  const set = (field: keyof Plain) => (e: Event) =>
    setPlain({ ...plain, [field]: (e.currentTarget as HTMLInputElement).value });
  const send = (event: Event) => {
    event.preventDefault();
    onSending?.();
    void submit.run(async () => {
      const body = bodyOf(plain, texts);
      if (editing) {
        const address = `/api/measured/definitions/${encodeURIComponent(editing.key)}`;
        const { definition } = await sendJson<{ definition: MeasuredDefinition }>('PUT', address, body);
        onDefined(t('measured.changed', { title: measuredText(definition.title, locale) }));
        return;
      }
      const { definition } = await sendJson<{ definition: MeasuredDefinition }>(
        'POST',
        '/api/measured/definitions',
        { definition: body },
      );
      onDefined(t('measured.defined', { title: measuredText(definition.title, locale) }));
      setPlain(EMPTY);
      setTexts(emptyTexts());
    });
  };
  const input = (field: keyof Plain, label: string, hint?: string, inputMode?: 'numeric') => (
    <>
      <label for={`measured-${field}`}>{label}</label>
      {hint && (
        <span class="hint" id={`measured-${field}-hint`}>
          {hint}
        </span>
      )}
      <input
        id={`measured-${field}`}
        name={field}
        value={plain[field]}
        inputMode={inputMode}
        readOnly={editing !== undefined && field === 'key'}
        onInput={set(field)}
        {...invalidAt(`measured-${field}-error`, field, issues)}
      />
      <FieldIssueText id={`measured-${field}-error`} field={field} issues={issues} />
    </>
  );
  const select = (field: keyof typeof CHOICES, label: string, word: (v: string) => string) => (
    <>
      <label for={`measured-${field}`}>{label}</label>
      <select
        id={`measured-${field}`}
        name={field}
        value={plain[field]}
        onChange={set(field)}
        {...invalidAt(`measured-${field}-error`, field, issues)}
      >
        {CHOICES[field].map((v) => (
          <option key={v} value={v}>
            {word(v)}
          </option>
        ))}
      </select>
      <FieldIssueText id={`measured-${field}-error`} field={field} issues={issues} />
    </>
  );
  const text = (field: TextField) => (
    <fieldset {...invalidAt(`measured-${field}-error`, field, issues)}>
      <legend>{t(`measured.form.${field}`)}</legend>
      {LANGUAGES.map((l) => (
        <div class="measured-language" key={l}>
          <label for={`measured-${field}-${l}`} class="inline">
            {t('measured.form.inLanguage', {
              field: t(`measured.form.${field}`),
              language: t(`measured.language.${l}`),
            })}
          </label>
          <input
            id={`measured-${field}-${l}`}
            value={texts[field][l]}
            onInput={(e) => setTexts({ ...texts, [field]: { ...texts[field], [l]: e.currentTarget.value } })}
          />
        </div>
      ))}
      <FieldIssueText id={`measured-${field}-error`} field={field} issues={issues} />
    </fieldset>
  );
  return (
    <form
      id="measured-definition"
      class="stacked measured-form"
      onSubmit={send}
      noValidate
      aria-labelledby="measured-form-heading"
    >
      <h2 id="measured-form-heading">{t(editing ? 'measured.form.editHeading' : 'measured.form.heading')}</h2>
      <RefusalAlert
        submit={submit}
        say={(i) => `${fieldName(t, i.field)}: ${say(i)}`}
        reason={(s) => (editing && s === 409 ? t('measured.refused.hasFigures') : refusalReason(t, s))}
      />
      {input('key', t('measured.form.key'), t('measured.form.keyHint'))}
      <p class="hint">{t('measured.form.textsHint')}</p>
      {text('title')}
      {text('description')}
      {select('kind', t('measured.form.kind'), (v) =>
        t(`measured.kind.${v}` as 'measured.kind.share', { per: '…' }),
      )}
      {input('per', t('measured.form.per'), undefined, 'numeric')}
      {text('numeratorLabel')}
      {text('denominatorLabel')}
      {select('grain', t('measured.form.grain'), (v) => t(`measured.grain.${v}` as 'measured.grain.month'))}
      {select('polarity', t('measured.form.polarity'), (v) =>
        t(`measured.polarity.${v}` as 'measured.polarity.higher-is-better'),
      )}
      {text('personsLabel')}
      {input('minPersons', t('measured.form.minPersons'), t('measured.form.minPersonsHint'), 'numeric')}
      {select('interval', t('measured.form.interval'), (v) =>
        t(`measured.interval.${v}` as 'measured.interval.none'),
      )}
      {input('kostraCode', t('measured.form.kostraCode'))}
      {input('source', t('measured.form.source'))}
      <button type="submit" disabled={submit.busy}>
        {t(editing ? 'measured.form.change' : 'measured.form.save')}
      </button>
    </form>
  );
}

/** The field a refusal names, as its label says it ("definition.title.da" → "Titel"). */
function fieldName(t: Translate<typeof measuredMessages>, field: string): string {
  const name = field.replace(/^definition\./, '').split('.')[0]!;
  const key = `measured.form.${name}`;
  return key in measuredMessages ? t(key as 'measured.form.key') : name;
}
