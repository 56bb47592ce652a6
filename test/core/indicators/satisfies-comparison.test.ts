import { satisfiesComparison } from '../../../core/indicators/satisfies-comparison';

describe('satisfiesComparison', () => {
  it.each([
    { left: 3.6, op: '>' as const, right: 3.5, expected: true },
    { left: 3.5, op: '>' as const, right: 3.5, expected: false },
    { left: 3.5, op: '>=' as const, right: 3.5, expected: true },
    { left: 3.4, op: '>=' as const, right: 3.5, expected: false },
    { left: 3.4, op: '<' as const, right: 3.5, expected: true },
    { left: 3.5, op: '<' as const, right: 3.5, expected: false },
    { left: 3.5, op: '<=' as const, right: 3.5, expected: true },
    { left: 3.6, op: '<=' as const, right: 3.5, expected: false },
  ])('when $left $op $right, then it is $expected', ({ left, op, right, expected }) => {
    expect(satisfiesComparison(left, op, right)).toBe(expected);
  });
});
