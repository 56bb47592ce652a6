import { isQualityStaff } from '../../core/org/scope';
import { html, type SafeHtml } from './html';

/**
 * Sick-leave imports and key figures are kept by quality staff of the whole municipality; a
 * consultant of one area would only meet a 403 there.
 */
function keepsMunicipalData(user: { role?: string; scopeUnitPath?: string }): boolean {
  if (user.role === undefined) return false;
  if (user.scopeUnitPath === undefined) return user.role === 'admin' || user.role === 'consultant';
  return isQualityStaff({ role: user.role, scopeUnitPath: user.scopeUnitPath });
}

/** The frame of every staff page: plain, readable, printable. */
export function staffLayout(opts: {
  title: string;
  /** The signed-in staff user (a StaffUser; pages type it as narrowly as they need). */
  user?: { name: string; role?: string; scopeUnitPath?: string };
  body: SafeHtml;
  head?: SafeHtml;
}): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${opts.title} · Målbar</title>
        <link rel="stylesheet" href="/assets/web/staff.css" />
        ${opts.head ?? ''}
      </head>
      <body>
        <header class="top">
          <a class="brand" href="/app">Målbar</a>
          ${opts.user ? html`<nav><a href="/app">Dashboard app</a> <a href="/dashboard">Goals</a> <a href="/app/contracts">Contracts</a> <a href="/dashboard/rounds">Rounds</a> <a href="/dashboard/initiatives">Initiatives</a>${keepsMunicipalData(opts.user) ? html` <a href="/app/sick-leave/import">Sick leave</a> <a href="/app/benchmarks">Benchmarks</a>` : ''}${opts.user.role === 'admin' ? html` <a href="/app/admin/users">Users</a> <a href="/app/admin/organisation">Organisation</a> <a href="/app/admin/networks">Network</a> <a href="/admin/queues">Queues</a> <a href="/app/admin/audit">Audit trail</a>` : ''}</nav>` : ''}
          ${
            opts.user
              ? html`<form method="post" action="/logout" class="logout">
                  <span>${opts.user.name}</span>
                  ${opts.user.role ? html`<a href="/dashboard/account/password">Password</a>` : ''}
                  <button type="submit">Log out</button>
                </form>`
              : ''
          }
        </header>
        <main>${opts.body}</main>
      </body>
    </html>`.value;
}
