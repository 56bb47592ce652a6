import { html, type SafeHtml } from './html';

/** The frame of every staff page: plain, readable, printable. */
export function staffLayout(opts: {
  title: string;
  user?: { name: string; role?: string };
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
          ${opts.user ? html`<nav><a href="/app">Dashboard app</a> <a href="/dashboard">Goals</a> <a href="/dashboard/contracts">Contracts</a> <a href="/dashboard/rounds">Rounds</a> <a href="/dashboard/initiatives">Initiatives</a>${opts.user.role === 'admin' || opts.user.role === 'consultant' ? html` <a href="/dashboard/sick-leave">Sick leave</a>` : ''}${opts.user.role === 'admin' || opts.user.role === 'consultant' ? html` <a href="/dashboard/benchmarks">Benchmarks</a>` : ''}${opts.user.role === 'admin' ? html` <a href="/dashboard/admin/users">Users</a> <a href="/dashboard/admin/organisation">Organisation</a> <a href="/dashboard/admin/networks">Network</a> <a href="/admin/queues">Queues</a>` : ''}</nav>` : ''}
          ${
            opts.user
              ? html`<form method="post" action="/logout" class="logout">
                  <span>${opts.user.name}</span> <button type="submit">Log out</button>
                </form>`
              : ''
          }
        </header>
        <main>${opts.body}</main>
      </body>
    </html>`.value;
}
