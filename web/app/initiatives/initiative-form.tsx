import { useState } from 'preact/hooks';
import { initiativeMessages } from '../../../core/messages/initiative-messages';
import type { Translate } from '../../../core/messages/message-catalogue';
import { sendJson, type FieldIssue } from '../api/send-json';
import { useSubmit } from '../admin/use-submit';
import { IssueBeside, invalidFor, RefusalAlert } from '../components/refusal-alert';
import { localized } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { AssessmentFields, surveyText } from './assessment-fields';
import { SECTOR_ORDER, type InitiativeForm as FormData } from './initiative-types';

/** The server names a refused field in English; the form says it in the user's language. */
function issueText(t: Translate<typeof initiativeMessages>, issue: FieldIssue): string {
  const [field] = issue.field.split('.');
  if (field === 'assessment') return t('initiatives.issue.rating');
  if (field === 'goalIds') return t('initiatives.issue.goal');
  if (field === 'title' || field === 'description' || field === 'sector' || field === 'contactUnitId')
    return t(`initiatives.issue.${field === 'contactUnitId' ? 'contactUnit' : field}`);
  return t('initiatives.issue.other');
}

/** A new initiative (POST) or a change to one (PATCH): every field sent together, refused together. */
export function InitiativeEditForm({ data, onSaved }: { data: FormData; onSaved: (id: string) => void }) {
  const t = useMessages(initiativeMessages);
  const { locale } = useLocale();
  const submit = useSubmit();
  const { initiative } = data;
  const [values, setValues] = useState({
    sector: initiative?.sector ?? '',
    title: initiative?.title ?? '',
    description: initiative?.description ?? '',
    contactUnitId: initiative?.contactUnit.id ?? data.units[0]?.id ?? '',
  });
  const [goalIds, setGoalIds] = useState(initiative?.goals.map((g) => g.id) ?? []);
  const [answers, setAnswers] = useState<Record<string, unknown>>(initiative?.assessment ?? {});
  const issues = submit.issues;
  const say = (issue: FieldIssue) => issueText(t, issue);
  const labels: Record<string, string> = {
    sector: t('initiatives.sector'),
    title: t('initiatives.titleField'),
    description: t('initiatives.description'),
    contactUnitId: t('initiatives.contactUnit'),
    goalIds: t('initiatives.goals'),
  };
  const questionTitle = (name: string) =>
    data.survey.pages.flatMap((p) => p.elements).find((q) => q.name === name)?.title;
  const sayInList = (issue: FieldIssue) => {
    const [field, part] = issue.field.split('.');
    const label =
      field === 'assessment' && part
        ? surveyText(questionTitle(part), locale)
        : (labels[field!] ?? t('initiatives.assessment'));
    return `${label}: ${say(issue)}`;
  };
  const send = (event: Event) => {
    event.preventDefault();
    const hasAnswers = Object.values(answers).some((v) => v !== undefined && v !== '');
    const body = { ...values, goalIds, assessment: hasAnswers ? answers : null };
    void submit.run(async () => {
      if (initiative) {
        await sendJson('PATCH', `/api/initiatives/${initiative.id}`, body);
        onSaved(initiative.id);
      } else onSaved((await sendJson<{ id: string }>('POST', '/api/initiatives', body)).id);
    });
  };
  const text = (field: 'title' | 'description') => ({
    value: values[field],
    onInput: (e: { currentTarget: { value: string } }) =>
      setValues({ ...values, [field]: e.currentTarget.value }),
    ...invalidFor(`initiative-${field}-error`, field, issues),
  });
  return (
    <form class="stacked initiative-form" id="initiative-form" onSubmit={send} noValidate>
      <RefusalAlert submit={submit} say={sayInList} />
      <label for="initiative-sector">{t('initiatives.sector')}</label>
      <select
        id="initiative-sector"
        value={values.sector}
        onChange={(e) => setValues({ ...values, sector: e.currentTarget.value })}
        {...invalidFor('initiative-sector-error', 'sector', issues)}
      >
        <option value="">{t('initiatives.chooseSector')}</option>
        {SECTOR_ORDER.map((s) => (
          <option value={s} key={s}>
            {t(`initiatives.sector.${s}`)}
          </option>
        ))}
      </select>
      <IssueBeside id="initiative-sector-error" field="sector" issues={issues} say={say} />
      <label for="initiative-title">{t('initiatives.titleField')}</label>
      <input id="initiative-title" maxLength={200} {...text('title')} />
      <IssueBeside id="initiative-title-error" field="title" issues={issues} say={say} />
      <label for="initiative-description">{t('initiatives.description')}</label>
      <textarea id="initiative-description" rows={6} maxLength={8000} {...text('description')} />
      <IssueBeside id="initiative-description-error" field="description" issues={issues} say={say} />
      <label for="initiative-unit">{t('initiatives.contactUnit')}</label>
      <select
        id="initiative-unit"
        value={values.contactUnitId}
        onChange={(e) => setValues({ ...values, contactUnitId: e.currentTarget.value })}
        {...invalidFor('initiative-contactUnitId-error', 'contactUnitId', issues)}
      >
        {data.units.map((u) => (
          <option value={u.id} key={u.id}>
            {'\u00a0\u00a0'.repeat(u.depth)}
            {u.name}
          </option>
        ))}
      </select>
      <IssueBeside id="initiative-contactUnitId-error" field="contactUnitId" issues={issues} say={say} />
      <fieldset class="goal-choices" {...invalidFor('initiative-goalIds-error', 'goalIds', issues)}>
        <legend>{t('initiatives.goals')}</legend>
        {data.goals.length === 0 && <p class="meta">{t('initiatives.noGoals')}</p>}
        {data.goals.map((g) => (
          <label key={g.id}>
            <input
              type="checkbox"
              value={g.id}
              checked={goalIds.includes(g.id)}
              onChange={(e) =>
                setGoalIds(e.currentTarget.checked ? [...goalIds, g.id] : goalIds.filter((id) => id !== g.id))
              }
            />{' '}
            {localized(g.title, locale)}
          </label>
        ))}
        <IssueBeside id="initiative-goalIds-error" field="goalIds" issues={issues} say={say} />
      </fieldset>
      <AssessmentFields
        survey={data.survey}
        answers={answers}
        onChange={setAnswers}
        issues={issues}
        say={say}
      />
      <button type="submit" disabled={submit.busy}>
        {initiative ? t('initiatives.saveButton') : t('initiatives.addButton')}
      </button>
    </form>
  );
}
