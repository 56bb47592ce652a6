import {
  DEFAULT_AUDIT_RETENTION_DAYS,
  MIN_AUDIT_RETENTION_DAYS,
  retentionCutOff,
} from '../../../core/audit/retention-cut-off';

describe('retentionCutOff', () => {
  it.each([
    // 2026-01-01 → 2027-01-01 is 365 days, → 2027-02-05 another 35: 400
    ['2027-02-05T12:00:00.000Z', 400, '2026-01-01T12:00:00.000Z'],
    // 30 days before 1 March 2028 (a leap year): 29 days of February + 1 → 31 January
    ['2028-03-01T00:00:00.000Z', 30, '2028-01-31T00:00:00.000Z'],
    // across the change to summer time (29 March 2026): whole UTC days, 24 h each
    ['2026-04-28T10:30:00.000Z', 30, '2026-03-29T10:30:00.000Z'],
  ])('when now is %s and the retention %i days, then the cut-off is %s', (now, days, cutOff) => {
    expect(new Date(retentionCutOff(new Date(now), days)).toISOString()).toBe(cutOff);
  });

  it('when the retention is shorter than the minimum or not whole, then it is refused', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(() => retentionCutOff(now, MIN_AUDIT_RETENTION_DAYS - 1)).toThrow(RangeError);
    expect(() => retentionCutOff(now, 45.5)).toThrow(RangeError);
  });

  it('when nothing is configured, then a yearly review still sees the whole previous year', () => {
    // Review on 31 January 2027 of the year 2026: its first day must still be kept.
    const cutOff = retentionCutOff(new Date('2027-01-31T00:00:00Z'), DEFAULT_AUDIT_RETENTION_DAYS);
    expect(cutOff).toBeLessThan(Date.parse('2026-01-01T00:00:00Z'));
  });
});
