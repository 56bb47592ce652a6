import { useState } from 'preact/hooks';
import { draftOfRule, emptyRuleDraft, ruleOfDraft } from '../../../core/goals/goal-rule-draft';
import { goalMessages } from '../../../core/messages/goal-messages';
import type { MeasurePeriod } from '../../../core/sick-leave/sick-leave-goal';
import { sendJson } from '../api/send-json';
import { useSubmit } from '../admin/use-submit';
import { localized } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { FieldError, invalid, Refusal } from './contract-field-error';
import type { ContractDetail, ContractGoal, EachUnitKind } from './contract-types';
import { RuleFields } from './rule-fields';

const FIELDS = [
  'serviceArea',
  'title',
  'instrumentKey',
  'indicatorKey',
  'scopeUnitId',
  'eachUnitKind',
  'breakdownFilter',
  'measurePeriod',
  'rule',
  'deadline',
  'actionsDecidedLocally',
];
const EACH: ['' | EachUnitKind, 'goals.each.whole' | `goals.each.${EachUnitKind}`][] = [
  ['', 'goals.each.whole'],
  ['area', 'goals.each.area'],
  ['institution', 'goals.each.institution'],
  ['group', 'goals.each.group'],
];
const PERIODS: MeasurePeriod[] = ['year', 'quarter', 'rolling12'];

/**
 * A goal's fields, every rule kind the domain has: a new goal (goal null) is posted to the
 * contract; a change is a PATCH of everything but what it is measured on.
 */
export function GoalForm({
  contract,
  goal,
  area,
  onSaved,
}: {
  contract: ContractDetail;
  goal: ContractGoal | null;
  area: string | null;
  onSaved: (goalId: string) => void;
}) {
  const g = useMessages(goalMessages);
  const { locale } = useLocale();
  const submit = useSubmit();
  const firstIndicator = contract.catalogue[0];
  const [serviceArea, setArea] = useState(goal?.serviceArea ?? area ?? contract.areas[0]?.key ?? '');
  const [title, setTitle] = useState(goal ? localized(goal.title, locale) : '');
  const [indicator, setIndicator] = useState(
    goal
      ? `${goal.instrumentKey}/${goal.indicatorKey}`
      : `${firstIndicator?.instrumentKey}/${firstIndicator?.indicators[0]?.key}`,
  );
  const [scopeUnitId, setScope] = useState(goal?.scopeUnitId ?? contract.units[0]?.id ?? '');
  const [each, setEach] = useState<'' | EachUnitKind>(goal?.eachUnitKind ?? '');
  const [breakdownKey, setBreakdown] = useState(goal?.breakdownFilter?.breakdownKey ?? '');
  const [values, setValues] = useState(goal?.breakdownFilter?.values.join(', ') ?? '');
  const [period, setPeriod] = useState<MeasurePeriod>(goal?.measurePeriod ?? 'year');
  const [deadline, setDeadline] = useState(goal?.deadline ?? contract.contract.periodEnd);
  const [local, setLocal] = useState(goal?.actionsDecidedLocally ?? false);
  const [instrumentKey = '', indicatorKey = ''] = indicator.split('/');
  const chosen = contract.catalogue
    .find((c) => c.instrumentKey === instrumentKey)
    ?.indicators.find((i) => i.key === indicatorKey);
  const unit = chosen?.unit ?? 'share';
  const [draft, setDraft] = useState(goal ? draftOfRule(goal.rule, unit) : emptyRuleDraft());
  // core/sick-leave/sick-leave-goal.ts's key; its module brings Zod, whose probe for eval the CSP reports.
  const sickLeave = instrumentKey === 'sick-leave';
  const issues = submit.issues;
  const id = goal ? 'edit-goal' : 'new-goal';

  const send = (event: Event) => {
    event.preventDefault();
    const listed = values.split(/[\s,;]+/).filter(Boolean);
    const body = {
      serviceArea,
      title: { [locale]: title.trim() || undefined },
      scopeUnitId,
      eachUnitKind: each || null,
      breakdownFilter: breakdownKey && listed.length ? { breakdownKey, values: listed } : null,
      rule: ruleOfDraft(draft, unit),
      deadline,
      actionsDecidedLocally: local,
    };
    void submit.run(async () => {
      if (goal) {
        await sendJson('PATCH', `/api/goals/${goal.id}`, body);
        onSaved(goal.id);
        return;
      }
      const created = await sendJson<{ id: string }>('POST', `/api/contracts/${contract.contract.id}/goals`, {
        ...body,
        instrumentKey,
        indicatorKey,
        measurePeriod: sickLeave ? period : null,
      });
      onSaved(created.id);
    });
  };
  const field = (name: string, fields = [name]) => invalid(`${id}-${name}-error`, fields, issues);
  const error = (name: string, fields = [name]) => (
    <FieldError id={`${id}-${name}-error`} fields={fields} issues={issues} />
  );
  return (
    <form class="stacked admin-form goal-form" id={id} onSubmit={send} noValidate>
      <Refusal submit={submit} shown={FIELDS} />
      <label for="goal-area">{g('goals.field.area')}</label>
      <select
        id="goal-area"
        value={serviceArea}
        onChange={(e) => setArea(e.currentTarget.value)}
        {...field('serviceArea')}
      >
        {contract.areas.map((a) => (
          <option value={a.key} key={a.key}>
            {a.name}
          </option>
        ))}
      </select>
      {error('serviceArea')}
      <label for="goal-title">{g('goals.field.title')}</label>
      <input
        id="goal-title"
        value={title}
        maxLength={300}
        onInput={(e) => setTitle(e.currentTarget.value)}
        {...field('title')}
      />
      {error('title')}
      <label for="goal-indicator">{g('goals.field.indicator')}</label>
      <select
        id="goal-indicator"
        value={indicator}
        disabled={goal !== null}
        aria-describedby={goal ? 'goal-indicator-hint' : undefined}
        onChange={(e) => {
          setIndicator(e.currentTarget.value);
          setBreakdown('');
        }}
      >
        {contract.catalogue.map((instrument) => (
          <optgroup label={localized(instrument.instrumentTitle, locale)} key={instrument.instrumentKey}>
            {instrument.indicators.map((i) => (
              <option value={`${instrument.instrumentKey}/${i.key}`} key={i.key}>
                {localized(i.label, locale)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {goal && (
        <span class="hint" id="goal-indicator-hint">
          {g('goals.indicatorFixed')}
        </span>
      )}
      {error('indicator', ['instrumentKey', 'indicatorKey'])}
      <label for="goal-scope">{g('goals.field.scope')}</label>
      <select
        id="goal-scope"
        value={scopeUnitId}
        onChange={(e) => setScope(e.currentTarget.value)}
        {...field('scopeUnitId')}
      >
        {contract.units.map((u) => (
          <option value={u.id} key={u.id}>
            {'\u00a0\u00a0'.repeat(u.depth)}
            {u.name}
          </option>
        ))}
      </select>
      {error('scopeUnitId')}
      <label for="goal-each">{g('goals.field.each')}</label>
      <select
        id="goal-each"
        value={each}
        onChange={(e) => setEach(e.currentTarget.value as '' | EachUnitKind)}
      >
        {EACH.map(([value, key]) => (
          <option value={value} key={value}>
            {g(key)}
          </option>
        ))}
      </select>
      {chosen && chosen.breakdowns.length > 0 && (
        <>
          <label for="goal-breakdown">{g('goals.field.breakdown')}</label>
          <select
            id="goal-breakdown"
            value={breakdownKey}
            onChange={(e) => setBreakdown(e.currentTarget.value)}
            {...field('breakdownFilter')}
          >
            <option value="">{g('goals.breakdown.all')}</option>
            {chosen.breakdowns.map((b) => (
              <option value={b.key} key={b.key}>
                {localized(b.label, locale)}
              </option>
            ))}
          </select>
          {breakdownKey && (
            <>
              <label for="goal-values">{g('goals.field.values')}</label>
              <input
                id="goal-values"
                value={values}
                onInput={(e) => setValues(e.currentTarget.value)}
                {...field('breakdownFilter')}
              />
            </>
          )}
          {error('breakdownFilter')}
        </>
      )}
      {sickLeave && !goal && (
        <>
          <label for="goal-period">{g('goals.field.period')}</label>
          <select
            id="goal-period"
            value={period}
            aria-describedby="goal-period-hint"
            onChange={(e) => setPeriod(e.currentTarget.value as MeasurePeriod)}
          >
            {PERIODS.map((p) => (
              <option value={p} key={p}>
                {g(`goals.period.${p}`)}
              </option>
            ))}
          </select>
          <span class="hint" id="goal-period-hint">
            {g('goals.periodHint')}
          </span>
          {error('measurePeriod')}
        </>
      )}
      <RuleFields draft={draft} unit={unit} issues={issues} onChange={setDraft} />
      <label for="goal-deadline">{g('goals.field.deadline')}</label>
      <input
        id="goal-deadline"
        type="date"
        value={deadline}
        onInput={(e) => setDeadline(e.currentTarget.value)}
        {...field('deadline')}
      />
      {error('deadline')}
      <label class="inline">
        <input
          type="checkbox"
          id="goal-local"
          checked={local}
          onChange={(e) => setLocal(e.currentTarget.checked)}
        />{' '}
        {g('goals.field.local')}
      </label>
      <button type="submit" disabled={submit.busy}>
        {goal ? g('goals.save') : g('goals.add')}
      </button>
    </form>
  );
}
