import type { Locale } from '../../core/indicators/indicator-definition';
import { translator } from '../../core/messages/message-catalogue';
import { signInMessages } from '../../core/messages/sign-in-messages';
import { html, type SafeHtml } from './html';

/** One button per municipality that signs in with its own accounts; nothing when none does. */
export function ssoButtons(
  municipalities: { slug: string; name: string }[],
  next: string,
  locale: Locale,
): SafeHtml {
  if (municipalities.length === 0) return html``;
  const t = translator(signInMessages, locale);
  const query = next === '/app' ? '' : `?next=${encodeURIComponent(next)}`;
  return html`<div class="sso-buttons">
    ${municipalities.map(
      (m) =>
        html`<p>
          <a data-sso="${m.slug}" href="/login/sso/${m.slug}${query}"
            >${t('signIn.ssoButton', { municipality: m.name })}</a
          >
        </p>`,
    )}
    <p class="meta">${t('signIn.ssoOr')}</p>
  </div>`;
}
