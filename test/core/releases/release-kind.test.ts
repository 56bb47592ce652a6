import { releaseKind } from '../../../core/releases/release-kind';

const round = { opensOn: '2026-11-01', closesOn: '2026-11-30' };

describe('releaseKind', () => {
  it.each([
    {
      when: 'the round is open and nothing is asked',
      today: '2026-11-15',
      asked: undefined,
      expected: 'interim',
    },
    {
      when: 'the round is open and interim is asked',
      today: '2026-11-15',
      asked: 'interim',
      expected: 'interim',
    },
    { when: 'its last day is today', today: '2026-11-30', asked: undefined, expected: 'interim' },
    {
      when: 'the round closed yesterday, interim asked',
      today: '2026-12-01',
      asked: 'interim',
      expected: 'final',
    },
    {
      when: 'the round has closed and nothing is asked',
      today: '2027-01-05',
      asked: undefined,
      expected: 'final',
    },
  ] as const)('when $when, then the release is $expected', ({ today, asked, expected }) => {
    expect(releaseKind(round, today, asked)).toBe(expected);
  });
});
