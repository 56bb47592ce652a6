import { isSickLeaveGoal } from '../../core/sick-leave/sick-leave-goal';
import type { InstrumentIndicatorChoice } from '../use-cases/indicator-catalogue';

type Form = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * The "add a goal" form as the JSON a goal is made from: "pupil-wellbeing/wellbeing" splits into
 * instrument and indicator, grades "1, 6, 9" become a breakdown filter, and a share's target is
 * typed in percent. Anything malformed is passed on as it is, so the goal's schema names the field.
 */
export function goalInputFromForm(form: Form, catalogue: InstrumentIndicatorChoice[]): Form {
  const [instrumentKey = '', indicatorKey = ''] = text(form.indicator).split('/');
  const indicator = catalogue
    .find((c) => c.instrumentKey === instrumentKey)
    ?.indicators.find((i) => i.key === indicatorKey);
  const grades = text(form.grades)
    .split(/[\s,;]+/)
    .filter(Boolean);
  const title = text(form.title);
  return {
    serviceArea: text(form.serviceArea),
    title: { da: title || undefined },
    instrumentKey,
    indicatorKey,
    scopeUnitId: text(form.scopeUnitId),
    eachUnitKind: text(form.eachUnitKind) || null,
    breakdownFilter: grades.length ? { breakdownKey: 'grade', values: grades } : null,
    rule: ruleFromForm(form, indicator?.unit === 'share'),
    deadline: text(form.deadline),
    actionsDecidedLocally: form.actionsDecidedLocally === 'true',
    // The form always sends a period; only a sick-leave goal has one.
    measurePeriod: isSickLeaveGoal({ instrumentKey }) ? text(form.measurePeriod) || 'year' : null,
  };
}

export function ruleFromForm(form: Form, isShare: boolean): unknown {
  const rule = text(form.rule);
  const significant = form.significant === 'true';
  if (rule === 'keep') return undefined;
  if (rule === 'rising' || rule === 'falling') return { type: 'trend', direction: rule, significant };
  const typed = text(form.target).replace(',', '.');
  const given = typed === '' ? undefined : Number(typed);
  const target = isShare && given !== undefined ? given / 100 : given;
  // "Falling, and below 6 %": the sick-leave programme's goal, and any "better and good enough".
  if (rule === 'falling-below' || rule === 'rising-above') {
    const direction = rule === 'falling-below' ? 'falling' : 'rising';
    const op = rule === 'falling-below' ? '<' : '>';
    return {
      type: 'all',
      rules: [
        { type: 'trend', direction, significant },
        { type: 'threshold', op, target },
      ],
    };
  }
  return { type: 'threshold', op: rule, target };
}

/** The "change a goal" form: title, rule, deadline, local actions (a share's target in percent). */
export function goalChangeFromForm(form: Form, isShare: boolean): Form {
  const title = text(form.title);
  return {
    title: { da: title || undefined },
    rule: ruleFromForm(form, isShare),
    deadline: text(form.deadline),
    actionsDecidedLocally: form.actionsDecidedLocally === 'true',
  };
}
