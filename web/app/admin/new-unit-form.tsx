import { useState } from 'preact/hooks';
import { sendJson } from '../api/send-json';
import { useLocale } from '../i18n/locale';
import type { OrganisationUnit } from './admin-types';
import { invalidProps } from './field-issues';
import { RefusalSummary } from './refusal-summary';
import { UnitField, UnitFieldError } from './unit-field';
import { useSubmit } from './use-submit';

const FIELDS = ['parentId', 'name', 'code', 'grade', 'population', 'families', 'employees'];
const EMPTY = { name: '', code: '', grade: '', population: '', families: '', employees: '' };

/** A unit added under a parent; its kind is the level below the parent's. */
export function NewUnitForm({
  rows,
  onAdded,
}: {
  rows: OrganisationUnit[];
  onAdded: (name: string, parent: string) => void;
}) {
  const { orgAdmin: w } = useLocale().words;
  const submit = useSubmit();
  const parents = rows.filter((r) => r.childKind !== null);
  const [parentId, setParentId] = useState(parents[0]?.id ?? '');
  const [values, setValues] = useState(EMPTY);
  const parent = parents.find((p) => p.id === parentId);
  const set = (field: keyof typeof EMPTY) => (value: string) => setValues({ ...values, [field]: value });
  const send = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      await sendJson('POST', '/api/admin/organisation/units', { parentId, ...values });
      onAdded(values.name.trim(), parent?.name ?? '');
      setValues(EMPTY);
    });
  };
  const field = (name: keyof typeof EMPTY, label: string, numeric = true, hint?: string) => (
    <UnitField
      form="new-unit"
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
      class="stacked admin-form"
      id="new-unit"
      onSubmit={send}
      noValidate
      aria-labelledby="new-unit-heading"
    >
      <h2 id="new-unit-heading">{w.addTitle}</h2>
      <RefusalSummary submit={submit} fields={FIELDS} />
      <label for="new-unit-parentId">{w.under}</label>
      <select
        id="new-unit-parentId"
        value={parentId}
        onChange={(e) => setParentId(e.currentTarget.value)}
        {...invalidProps('new-unit-parentId-error', 'parentId', submit.issues)}
      >
        {parents.map((p) => (
          <option key={p.id} value={p.id}>
            {'\u00a0\u00a0'.repeat(p.depth)}
            {w.adds(p.name, w.kinds[p.childKind!][0])}
          </option>
        ))}
      </select>
      <UnitFieldError id="new-unit-parentId-error" field="parentId" issues={submit.issues} />
      {field('name', w.name, false)}
      {field('code', w.code, false, w.codeHint)}
      {parent?.childKind === 'group' && field('grade', w.grade)}
      {field('population', w.population, true, w.populationHint)}
      {field('families', w.families)}
      {field('employees', w.employees)}
      <button type="submit" disabled={submit.busy}>
        {w.add}
      </button>
    </form>
  );
}
