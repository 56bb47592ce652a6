import { useState } from 'preact/hooks';
import { roundMessages } from '../../../core/messages/round-messages';
import { PERSONAL_LINKS_ONLY_LABEL } from '../../../core/surveys/personal-links-only';
import { sendJson } from '../api/send-json';
import { useSubmit } from '../admin/use-submit';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { BASE, navigate } from '../routing/router';
import { invalidFieldProps, RoundFieldError, RoundRefusal } from './round-issues';
import { titleIn } from './round-format';
import type { NewRoundForm } from './round-types';

const FIELDS = ['title', 'opensOn', 'closesOn', 'unitIds', 'personalLinksOnly'];

/** Title (Danish, and optionally Norwegian and English), first and last day, units, link policy. */
export function NewRoundFields({ form }: { form: NewRoundForm }) {
  const t = useMessages(roundMessages);
  const { locale } = useLocale();
  const chosen = form.chosen!;
  const submit = useSubmit();
  const [title, setTitle] = useState({ da: chosen.title.da, nb: '', en: '' });
  const [opensOn, setOpensOn] = useState(form.today);
  const [closesOn, setClosesOn] = useState('');
  const [ticked, setTicked] = useState(() => new Set(form.defaultUnitIds));
  const [personalLinksOnly, setPersonalLinksOnly] = useState(false);
  const issues = submit.issues;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    setTicked(next);
  };
  const send = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      const body = {
        instrumentVersionId: chosen.versionId,
        title,
        opensOn,
        closesOn,
        // In the tree's order, as the boxes are shown.
        unitIds: form.units.filter((u) => ticked.has(u.id)).map((u) => u.id),
        personalLinksOnly,
      };
      const created = await sendJson<{ id: string }>('POST', '/api/rounds', body);
      navigate(`${BASE}/rounds/${created.id}`);
    });
  };
  const text = (key: 'da' | 'nb' | 'en', id: string, label: string, required = false) => (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        maxLength={200}
        required={required}
        value={title[key]}
        onInput={(e) => setTitle({ ...title, [key]: e.currentTarget.value })}
        {...invalidFieldProps(`${id}-error`, `title.${key}`, issues)}
      />
      <RoundFieldError id={`${id}-error`} field={`title.${key}`} issues={issues} />
    </>
  );
  return (
    <form class="stacked round-form" onSubmit={send} noValidate>
      <h2>{titleIn(chosen.title, locale)}</h2>
      <RoundRefusal submit={submit} fields={FIELDS} />
      {text('da', 'title-da', t('rounds.form.titleDa'), true)}
      {text('nb', 'title-nb', t('rounds.form.titleNb'))}
      {text('en', 'title-en', t('rounds.form.titleEn'))}
      <label for="opensOn">{t('rounds.form.opensOn')}</label>
      <input
        id="opensOn"
        type="date"
        required
        value={opensOn}
        onInput={(e) => setOpensOn(e.currentTarget.value)}
        {...invalidFieldProps('opensOn-error', 'opensOn', issues)}
      />
      <RoundFieldError id="opensOn-error" field="opensOn" issues={issues} />
      <label for="closesOn">{t('rounds.form.closesOn')}</label>
      <input
        id="closesOn"
        type="date"
        required
        min={form.today}
        value={closesOn}
        onInput={(e) => setClosesOn(e.currentTarget.value)}
        {...invalidFieldProps('closesOn-error', 'closesOn', issues)}
      />
      <RoundFieldError id="closesOn-error" field="closesOn" issues={issues} />
      <fieldset class="round-units" {...invalidFieldProps('unitIds-error', 'unitIds', issues)}>
        <legend>{t('rounds.form.units')}</legend>
        <RoundFieldError id="unitIds-error" field="unitIds" issues={issues} />
        {form.defaultUnitIds.length === 0 && <p class="meta">{t('rounds.form.noDefaults')}</p>}
        {form.units.map((u) =>
          u.askable ? (
            <label key={u.id} class="inline" style={{ paddingLeft: `${u.depth * 1.2}rem` }}>
              <input
                type="checkbox"
                name="unitIds"
                value={u.id}
                checked={ticked.has(u.id)}
                onChange={(e) => toggle(u.id, e.currentTarget.checked)}
              />{' '}
              {u.name}
            </label>
          ) : (
            <p key={u.id} class="meta" style={{ paddingLeft: `${u.depth * 1.2}rem` }}>
              {u.name}
            </p>
          ),
        )}
      </fieldset>
      <label class="inline">
        <input
          type="checkbox"
          checked={personalLinksOnly}
          onChange={(e) => setPersonalLinksOnly(e.currentTarget.checked)}
          aria-describedby="personal-links-only-hint"
        />{' '}
        {PERSONAL_LINKS_ONLY_LABEL[locale]}
      </label>
      <p class="meta" id="personal-links-only-hint">
        {t('rounds.form.personalLinksOnlyHint')}
      </p>
      <button type="submit" disabled={submit.busy}>
        {t('rounds.form.create')}
      </button>
    </form>
  );
}
