import { useState } from 'preact/hooks';
import type { ActionStatus } from '../../../core/goals/goal-action';
import { goalMessages } from '../../../core/messages/goal-messages';
import { sendJson } from '../api/send-json';
import { useSubmit } from '../admin/use-submit';
import { formatDateIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { FieldError, invalid, Refusal } from './contract-field-error';
import type { GoalAction, GoalWithActions } from './contract-types';

const STATUSES: ActionStatus[] = ['planned', 'in-progress', 'done', 'dropped'];

/**
 * The ways to reach the goal: what, where, who, by when and how it stands. Whoever may plan for an
 * action's unit changes its status (the API decides; the screen offers only what it would allow).
 */
export function ActionPlan({ data, onDone }: { data: GoalWithActions; onDone: (notice: string) => void }) {
  const g = useMessages(goalMessages);
  const { locale } = useLocale();
  const mayChange = (a: GoalAction) =>
    a.unitId === null ? data.mayPlanForScope : data.units.some((u) => u.id === a.unitId);
  const mayAdd = data.mayPlanForScope || data.units.length > 0;
  return (
    <section class="action-plan">
      <h2 id="action-plan">{g('goals.actions')}</h2>
      {data.goal.actionsDecidedLocally && <p>{g('goals.actionsLocal')}</p>}
      {data.actions.length === 0 ? (
        <p>{g('goals.noActions')}</p>
      ) : (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="action-plan">
          <table class="actions">
            <thead>
              <tr>
                <th scope="col">{g('goals.action.what')}</th>
                <th scope="col">{g('goals.action.where')}</th>
                <th scope="col">{g('goals.action.responsible')}</th>
                <th scope="col">{g('goals.action.due')}</th>
                <th scope="col">{g('goals.action.statusNote')}</th>
              </tr>
            </thead>
            <tbody>
              {data.actions.map((a) => (
                <tr key={a.id} data-action={a.what}>
                  <th scope="row">{a.what}</th>
                  <td>{a.unitName ?? g('goals.action.allUnits')}</td>
                  <td>{a.responsible}</td>
                  <td>{a.dueOn ? formatDateIn(a.dueOn, locale) : '–'}</td>
                  <td>
                    {mayChange(a) ? (
                      <StatusForm action={a} onDone={onDone} />
                    ) : (
                      <>
                        <span data-status={a.status}>{g(`goals.status.${a.status}`)}</span>
                        {a.note && (
                          <>
                            <br />
                            <small>{a.note}</small>
                          </>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayAdd && <NewActionForm data={data} onDone={onDone} />}
    </section>
  );
}

function StatusForm({ action, onDone }: { action: GoalAction; onDone: (notice: string) => void }) {
  const g = useMessages(goalMessages);
  const submit = useSubmit();
  const [status, setStatus] = useState(action.status);
  const [note, setNote] = useState(action.note ?? '');
  const id = `action-${action.id}`;
  const send = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      await sendJson('PATCH', `/api/goal-actions/${action.id}`, { status, note: note.trim() || null });
      onDone(g('goals.action.saved', { what: action.what }));
    });
  };
  return (
    <form class="action-status" onSubmit={send} noValidate>
      <Refusal submit={submit} shown={['status', 'note']} />
      <label class="visually-hidden" for={`${id}-status`}>
        {g('goals.action.status', { what: action.what })}
      </label>
      <select
        id={`${id}-status`}
        name="status"
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as ActionStatus)}
      >
        {STATUSES.map((s) => (
          <option value={s} key={s}>
            {g(`goals.status.${s}`)}
          </option>
        ))}
      </select>
      <label class="visually-hidden" for={`${id}-note`}>
        {g('goals.action.note', { what: action.what })}
      </label>
      <input id={`${id}-note`} name="note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <button type="submit" disabled={submit.busy}>
        {g('goals.action.save')}
      </button>
    </form>
  );
}

const FIELDS = ['what', 'unitId', 'responsible', 'dueOn'];

function NewActionForm({ data, onDone }: { data: GoalWithActions; onDone: (notice: string) => void }) {
  const g = useMessages(goalMessages);
  const submit = useSubmit();
  const [what, setWhat] = useState('');
  const [unitId, setUnit] = useState(data.mayPlanForScope ? '' : (data.units[0]?.id ?? ''));
  const [responsible, setResponsible] = useState('');
  const [dueOn, setDue] = useState('');
  const issues = submit.issues;
  const send = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      await sendJson('POST', `/api/goals/${data.goal.id}/actions`, {
        what,
        responsible,
        unitId: unitId || null,
        dueOn: dueOn || null,
      });
      onDone(g('goals.actionAdded', { what: what.trim() }));
    });
  };
  return (
    <form class="stacked admin-form" id="new-action" onSubmit={send} noValidate>
      <h3>{g('goals.addAction')}</h3>
      <Refusal submit={submit} shown={FIELDS} />
      <label for="action-what">{g('goals.field.what')}</label>
      <textarea
        id="action-what"
        rows={2}
        maxLength={1000}
        value={what}
        onInput={(e) => setWhat(e.currentTarget.value)}
        {...invalid('action-what-error', ['what'], issues)}
      />
      <FieldError id="action-what-error" fields={['what']} issues={issues} />
      <label for="action-unit">{g('goals.field.where')}</label>
      <select
        id="action-unit"
        value={unitId}
        onChange={(e) => setUnit(e.currentTarget.value)}
        {...invalid('action-unit-error', ['unitId'], issues)}
      >
        {data.mayPlanForScope && <option value="">{g('goals.action.allUnits')}</option>}
        {data.units.map((u) => (
          <option value={u.id} key={u.id}>
            {'\u00a0\u00a0'.repeat(u.depth)}
            {u.name}
          </option>
        ))}
      </select>
      <FieldError id="action-unit-error" fields={['unitId']} issues={issues} />
      <label for="action-responsible">{g('goals.field.responsible')}</label>
      <input
        id="action-responsible"
        maxLength={200}
        value={responsible}
        onInput={(e) => setResponsible(e.currentTarget.value)}
        {...invalid('action-responsible-error', ['responsible'], issues)}
      />
      <FieldError id="action-responsible-error" fields={['responsible']} issues={issues} />
      <label for="action-due">{g('goals.field.due')}</label>
      <input
        id="action-due"
        type="date"
        value={dueOn}
        onInput={(e) => setDue(e.currentTarget.value)}
        {...invalid('action-due-error', ['dueOn'], issues)}
      />
      <FieldError id="action-due-error" fields={['dueOn']} issues={issues} />
      <button type="submit" disabled={submit.busy}>
        {g('goals.addActionButton')}
      </button>
    </form>
  );
}
