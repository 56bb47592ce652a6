import { AuditFilter, isCalendarDay } from '../../../core/audit/audit-filter';

describe('AuditFilter', () => {
  it('when the form is sent with empty fields, then they mean no filter and page 1', () => {
    expect(AuditFilter.parse({ action: '', actor: '', from: '', to: '', page: '' })).toEqual({ page: 1 });
  });

  it.each([
    [{ action: 'answers_read' }, 'action'],
    [{ from: '2026-13-01' }, 'from'],
    [{ from: '2026-05-02', to: '2026-05-01' }, 'to'],
    [{ page: '0' }, 'page'],
  ])('when %j is asked, then the field %s is refused', (input, field) => {
    const result = AuditFilter.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });

  it.each([
    ['2028-02-29', true], // 2028 is divisible by 4
    ['2026-02-29', false],
    ['2100-02-29', false], // divisible by 100, not by 400
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-00-10', false],
  ])('when the day is %s, then it is a calendar day: %s', (day, ok) => {
    expect(isCalendarDay(day)).toBe(ok);
  });

  it('when an actor is typed with spaces and capitals, then it is matched in lower case', () => {
    expect(AuditFilter.parse({ actor: ' A@X.dk ' }).actor).toBe('a@x.dk');
  });
});
