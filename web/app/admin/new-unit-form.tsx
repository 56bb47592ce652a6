import { useState } from 'preact/hooks';
import { sendJson } from '../api/send-json';
import type { OrganisationUnit } from './admin-types';
import { invalidProps } from './field-issues';
import { RefusalSummary } from './refusal-summary';
import { UnitField, UnitFieldError } from './unit-field';
import { useSubmit } from './use-submit';
import { organisationMessages } from '../../../core/messages/organisation-messages';
import { useMessages } from '../i18n/use-messages';

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
  const t = useMessages(organisationMessages);
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
      <h2 id="new-unit-heading">{t('organisation.addTitle')}</h2>
      <RefusalSummary submit={submit} fields={FIELDS} />
      <label for="new-unit-parentId">{t('organisation.under')}</label>
      <select
        id="new-unit-parentId"
        value={parentId}
        onChange={(e) => setParentId(e.currentTarget.value)}
        {...invalidProps('new-unit-parentId-error', 'parentId', submit.issues)}
      >
        {parents.map((p) => (
          <option key={p.id} value={p.id}>
            {'\u00a0\u00a0'.repeat(p.depth)}
            {t('organisation.adds', { parent: p.name, kind: p.childKind! })}
          </option>
        ))}
      </select>
      <UnitFieldError id="new-unit-parentId-error" field="parentId" issues={submit.issues} />
      {field('name', t('organisation.name'), false)}
      {field('code', t('organisation.code'), false, t('organisation.codeHint'))}
      {parent?.childKind === 'group' && field('grade', t('organisation.grade'))}
      {field('population', t('organisation.population'), true, t('organisation.populationHint'))}
      {field('families', t('organisation.families'))}
      {field('employees', t('organisation.employees'))}
      <button type="submit" disabled={submit.busy}>
        {t('organisation.add')}
      </button>
    </form>
  );
}
