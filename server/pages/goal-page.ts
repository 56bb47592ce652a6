import type { ActionStatus } from '../../core/goals/goal-action';
import type { GoalWithActions } from '../use-cases/goal-actions';
import { html } from './html';
import { staffLayout } from './staff-layout';

export const ACTION_STATUS_LABEL: Record<ActionStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

const STATUSES = Object.keys(ACTION_STATUS_LABEL) as ActionStatus[];

/** One goal and the ways to reach it: the actions, who does them, by when and how they stand. */
export function renderGoalPage(data: GoalWithActions, user: { name: string }): string {
  const { goal, actions } = data;
  const mayEdit = data.units.length > 0 || data.mayPlanForScope;
  return staffLayout({
    title: goal.title.en ?? 'Goal',
    user,
    body: html`<p><a href="/dashboard">← All goals</a></p>
      <h1>${goal.title.en}</h1>
      <p class="meta">${goal.serviceArea} · deadline ${goal.deadline}</p>
      <h2>Actions</h2>
      ${goal.actionsDecidedLocally ? html`<p>The units decide their own actions locally.</p>` : ''}
      ${
        actions.length === 0
          ? html`<p>No actions yet.</p>`
          : html`<table class="actions">
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">Where</th>
                  <th scope="col">Responsible</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status and note</th>
                </tr>
              </thead>
              <tbody>
                ${actions.map(
                  (a) =>
                    html`<tr data-action="${a.id}">
                      <th scope="row">${a.what}</th>
                      <td>${a.unitName ?? 'All units of the goal'}</td>
                      <td>${a.responsible}</td>
                      <td>${a.dueOn ?? '–'}</td>
                      <td>
                        ${
                          mayEdit
                            ? html`<form
                                method="post"
                                action="/dashboard/goal-actions/${a.id}"
                                class="inline"
                              >
                                <label class="visually-hidden" for="status-${a.id}">Status</label>
                                <select id="status-${a.id}" name="status">
                                  ${STATUSES.map(
                                    (s) =>
                                      html`<option value="${s}" ${s === a.status ? 'selected' : ''}>
                                        ${ACTION_STATUS_LABEL[s]}
                                      </option>`,
                                  )}
                                </select>
                                <label class="visually-hidden" for="note-${a.id}">Note</label>
                                <input
                                  id="note-${a.id}"
                                  name="note"
                                  value="${a.note ?? ''}"
                                  placeholder="Note"
                                />
                                <button type="submit">Save</button>
                              </form>`
                            : html`<span data-status="${a.status}">${ACTION_STATUS_LABEL[a.status]}</span>
                                ${a.note ? html`<br /><small>${a.note}</small>` : ''}`
                        }
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
      ${
        mayEdit
          ? html`<h2>Add an action</h2>
              <form method="post" action="/dashboard/goals/${goal.id}/actions" class="tokens">
                <label for="action-what">What will be done</label>
                <textarea id="action-what" name="what" required maxlength="1000"></textarea>
                <label for="action-unit">Where</label>
                <select id="action-unit" name="unitId">
                  ${data.mayPlanForScope ? html`<option value="">All units of the goal</option>` : ''}
                  ${data.units.map(
                    (u) => html`<option value="${u.id}">${'  '.repeat(u.depth)}${u.name}</option>`,
                  )}
                </select>
                <label for="action-responsible">Responsible</label>
                <input id="action-responsible" name="responsible" required maxlength="200" />
                <label for="action-due">Due date</label>
                <input id="action-due" name="dueOn" type="date" />
                <button type="submit">Add action</button>
              </form>`
          : ''
      }`,
  });
}
