import { linkPolicyRefusal } from '../../../core/surveys/personal-links-only';

describe('switching a round to personal links only, or back', () => {
  it.each([
    { state: 'not-yet-open', now: false, wanted: true, refusal: null },
    { state: 'open', now: false, wanted: true, refusal: null },
    { state: 'closed', now: false, wanted: true, refusal: 'closed' },
    // Back to open links only before anyone could have answered through personal links alone.
    { state: 'not-yet-open', now: true, wanted: false, refusal: null },
    { state: 'open', now: true, wanted: false, refusal: 'already-open' },
    { state: 'closed', now: true, wanted: false, refusal: 'closed' },
    // Asking for what already holds changes nothing and is never refused.
    { state: 'open', now: true, wanted: true, refusal: null },
    { state: 'closed', now: false, wanted: false, refusal: null },
  ] as const)(
    'when the round is $state with personal links only $now and $wanted is asked, then the refusal is $refusal',
    ({ state, now, wanted, refusal }) => {
      expect(linkPolicyRefusal(state, now, wanted)).toBe(refusal);
    },
  );
});
