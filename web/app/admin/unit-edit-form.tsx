import { useEffect, useRef, useState } from 'preact/hooks';
import { sendJson } from '../api/send-json';
import { BASE } from '../routing/router';
import type { OrganisationUnit } from './admin-types';
import { RefusalSummary } from './refusal-summary';
import { figureOf, textOf, UnitField } from './unit-field';
import { useSubmit } from './use-submit';
import { adminMessages } from '../../../core/messages/admin-messages';
import { organisationMessages } from '../../../core/messages/organisation-messages';
import { useMessages } from '../i18n/use-messages';

const messages = { ...adminMessages, ...organisationMessages };

const FIELDS = ['name', 'code', 'grade', 'population', 'families', 'employees'];

/** A unit's name, code and figures, corrected in place; its kind follows from its place in the tree. */
export function UnitEditForm({ unit, onSaved }: { unit: OrganisationUnit; onSaved: (name: string) => void }) {
  const t = useMessages(messages);
  const submit = useSubmit();
  const [values, setValues] = useState({
    name: unit.name,
    code: textOf(unit.code),
    grade: textOf(unit.grade),
    population: textOf(unit.population),
    families: textOf(unit.families),
    employees: textOf(unit.employees),
  });
  const first = useRef<HTMLFormElement>(null);
  useEffect(() => first.current?.querySelector('input')?.focus(), [unit.id]);
  const set = (field: keyof typeof values) => (value: string) => setValues({ ...values, [field]: value });
  const send = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      await sendJson('PATCH', `/api/admin/organisation/units/${unit.id}`, {
        name: values.name,
        code: values.code.trim() === '' ? null : values.code.trim(),
        ...(unit.kind === 'group' ? { grade: figureOf(values.grade) } : {}),
        population: figureOf(values.population),
        families: figureOf(values.families),
        employees: figureOf(values.employees),
      });
      onSaved(values.name.trim());
    });
  };
  const form = `edit-${unit.id}`;
  const field = (name: keyof typeof values, label: string, numeric = true, hint?: string) => (
    <UnitField
      form={form}
      field={name}
      label={label}
      value={values[name]}
      onInput={set(name)}
      issues={submit.issues}
      numeric={numeric}
      hint={hint}
    />
  );
  return (
    <form
      class="stacked admin-form unit-edit"
      ref={first}
      onSubmit={send}
      data-keeps-focus
      noValidate
      aria-label={t('organisation.editTitle', { name: unit.name })}
    >
      <RefusalSummary submit={submit} fields={FIELDS} />
      <p class="hint">
        {t('organisation.kindFixed', { kind: t(`organisation.kind.${unit.kind}`, { count: 1 }) })}
      </p>
      {field('name', t('organisation.name'), false)}
      {field('code', t('organisation.code'), false, t('organisation.codeHint'))}
      {unit.kind === 'group' && field('grade', t('organisation.grade'))}
      {field('population', t('organisation.population'), true, t('organisation.populationHint'))}
      {field('families', t('organisation.families'))}
      {field('employees', t('organisation.employees'))}
      <div class="actions">
        <button type="submit" disabled={submit.busy}>
          {t('admin.save')}
        </button>{' '}
        <a href={`${BASE}/admin/organisation`}>{t('organisation.cancel')}</a>
      </div>
    </form>
  );
}
