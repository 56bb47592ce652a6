import type { RoundDistribution } from '../use-cases/round-distribution';
import { html, type SafeHtml } from './html';

/**
 * How the round is answered, on its distribution page: quality staff switch it to personal links
 * only (against padding: someone adding answers to a small unit to read its first ones by
 * subtraction), or back while it is still scheduled.
 */
export function linkPolicySection(data: RoundDistribution): SafeHtml | '' {
  const { round, linkPolicy } = data;
  if (!linkPolicy.mayTurnOn && !linkPolicy.mayTurnOff && !round.personalLinksOnly) return '';
  const form = (on: boolean, label: string) =>
    html`<form method="post" action="/dashboard/rounds/${round.id}/link-policy">
      <input type="hidden" name="personalLinksOnly" value="${on ? 'true' : 'false'}" />
      <button type="submit">${label}</button>
    </form>`;
  return html`<h2 id="link-policy">Open links or personal links only</h2>
    ${
      round.personalLinksOnly
        ? html`<p data-field="link-policy">Only personal links: this round has no open link or QR code.</p>`
        : html`<p data-field="link-policy">
            Open links and personal links. With only personal links, nobody can add answers to a unit to lift
            it past the anonymity minimum and read its first answers by subtraction.
          </p>`
    }
    ${
      linkPolicy.mayTurnOn
        ? html`<p class="meta">
              The open links and QR codes stop taking answers at once; personal links and e-mail invitations
              keep working. Open links can be allowed again only while the round is scheduled.
            </p>
            ${form(true, 'Use only personal links')}`
        : ''
    }
    ${linkPolicy.mayTurnOff ? form(false, 'Allow open links again') : ''}
    ${
      round.personalLinksOnly && !linkPolicy.mayTurnOff && round.state !== 'not-yet-open'
        ? html`<p class="meta">
            Open links cannot be allowed again: the round has opened, and answers given through personal links
            alone could otherwise be padded through an open link.
          </p>`
        : ''
    }`;
}
