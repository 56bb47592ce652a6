import { html, type SafeHtml } from './html';

/** One button per municipality that signs in with its own accounts; nothing when none does. */
export function ssoButtons(municipalities: { slug: string; name: string }[], next: string): SafeHtml {
  if (municipalities.length === 0) return html``;
  const query = next === '/app' ? '' : `?next=${encodeURIComponent(next)}`;
  return html`<div class="sso-buttons">
    ${municipalities.map(
      (m) =>
        html`<p>
          <a data-sso="${m.slug}" href="/login/sso/${m.slug}${query}">Sign in with ${m.name}'s account</a>
        </p>`,
    )}
    <p class="meta">or with your e-mail and Målbar password:</p>
  </div>`;
}
