import { html, type SafeHtml } from './html';

/** The frame of every staff page: plain, readable, printable. */
export function staffLayout(opts: {
  title: string;
  user?: { name: string };
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
          <a class="brand" href="/dashboard">Målbar</a>
          ${opts.user ? html`<nav><a href="/dashboard">Goals</a> <a href="/dashboard/contracts">Contracts</a> <a href="/dashboard/rounds">Rounds</a> <a href="/dashboard/initiatives">Initiatives</a></nav>` : ''}
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
