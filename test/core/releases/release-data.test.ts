import { dataSignature, sameData, shownFresh } from '../../../core/releases/release-data';

describe('shownFresh', () => {
  it.each([
    { when: 'nothing hides the value', n: 12, own: false, audit: false, expected: true },
    { when: 'its unit’s own rules hide it', n: 3, own: true, audit: false, expected: false },
    { when: 'the audit hides it', n: 12, own: false, audit: true, expected: false },
    // n = 0 is "no data": it reveals nobody, so it is shown as such whatever hid it.
    { when: 'it has no answers', n: 0, own: true, audit: true, expected: true },
  ])('when $when, then shown fresh is $expected', ({ n, own, audit, expected }) => {
    expect(shownFresh(n, own, audit)).toBe(expected);
  });
});

describe('sameData', () => {
  const stats = { n: 6, k: 5, sum: 27, sumSq: 129 };
  const then = new Map([['6.A', dataSignature(stats, 'met')]]);

  it('when every value has the same statistics and shown status, then the data are the same', () => {
    expect(sameData(then, new Map([['6.A', dataSignature({ ...stats }, 'met')]]))).toBe(true);
  });
  it('when one answer was added, then they differ', () => {
    expect(sameData(then, new Map([['6.A', dataSignature({ ...stats, n: 7 }, 'met')]]))).toBe(false);
  });
  it('when only the status shown changed (a goal’s new target), then they differ', () => {
    expect(sameData(then, new Map([['6.A', dataSignature(stats, 'not-met')]]))).toBe(false);
  });
  it('when a value is new (a goal added), then they differ', () => {
    const now = new Map([...then, ['goal|6.A', dataSignature(stats)]]);
    expect(sameData(then, now)).toBe(false);
  });
});
