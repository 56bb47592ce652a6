import type { Contract } from '../../db/repositories/contracts';
import { html } from './html';
import { staffLayout } from './staff-layout';

/** The municipality's quality contracts, and a form for a new one. */
export function renderContractsPage(
  data: { contracts: Contract[]; mayEdit: boolean },
  user: { name: string },
): string {
  return staffLayout({
    title: 'Quality contracts',
    user,
    body: html`<h1>Quality contracts</h1>
      <p class="lead">
        A quality contract sets goals per service area for a period. Each year a follow-up report says how far
        the municipality has come; published contracts appear on the public page.
      </p>
      ${
        data.contracts.length === 0
          ? html`<p>No contracts yet.</p>`
          : html`<ul class="contracts">
              ${data.contracts.map(
                (c) =>
                  html`<li>
                    <a href="/dashboard/contracts/${c.id}">${c.title}</a>
                    <span class="meta"
                      >${c.periodStart} – ${c.periodEnd} ·
                      ${c.publishedAt ? 'published' : 'not published'}</span
                    >
                  </li>`,
              )}
            </ul>`
      }
      ${
        data.mayEdit
          ? html`<form method="post" action="/dashboard/contracts" class="stacked">
              <h2>New contract</h2>
              <label for="title">Title</label>
              <input
                id="title"
                name="title"
                required
                maxlength="200"
                placeholder="Kvalitetskontrakt 2027-2028"
              />
              <label for="periodStart">Period starts</label>
              <input id="periodStart" name="periodStart" type="date" required />
              <label for="periodEnd">Period ends</label>
              <input id="periodEnd" name="periodEnd" type="date" required />
              <button type="submit">Create contract</button>
            </form>`
          : ''
      }`,
  });
}
