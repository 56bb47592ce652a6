import { useEffect, useRef, useState } from 'preact/hooks';
import { sendJson } from '../api/send-json';
import { useLocale } from '../i18n/locale';
import { BASE } from '../routing/router';
import type { OrganisationUnit } from './admin-types';
import { RefusalSummary } from './refusal-summary';
import { figureOf, textOf, UnitField } from './unit-field';
import { useSubmit } from './use-submit';

const FIELDS = ['name', 'code', 'grade', 'population', 'families', 'employees'];

/** A unit's name, code and figures, corrected in place; its kind follows from its place in the tree. */
export function UnitEditForm({ unit, onSaved }: { unit: OrganisationUnit; onSaved: (name: string) => void }) {
  const { orgAdmin: w, admin } = useLocale().words;
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
      aria-label={w.editTitle(unit.name)}
    >
      <RefusalSummary submit={submit} fields={FIELDS} />
      <p class="hint">{w.kindFixed(w.kinds[unit.kind][0])}</p>
      {field('name', w.name, false)}
      {field('code', w.code, false, w.codeHint)}
      {unit.kind === 'group' && field('grade', w.grade)}
      {field('population', w.population, true, w.populationHint)}
      {field('families', w.families)}
      {field('employees', w.employees)}
      <div class="actions">
        <button type="submit" disabled={submit.busy}>
          {admin.save}
        </button>{' '}
        <a href={`${BASE}/admin/organisation`}>{w.cancel}</a>
      </div>
    </form>
  );
}
