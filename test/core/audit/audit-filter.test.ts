import { AuditFilter, auditRange } from '../../../core/audit/audit-filter';

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

  it('when a range of days is asked, then it runs from the first midnight to the midnight after the last day', () => {
    // 1–31 May: 2026-05-01T00:00Z up to, not including, 2026-06-01T00:00Z
    const range = auditRange(AuditFilter.parse({ from: '2026-05-01', to: '2026-05-31', actor: ' A@X.dk ' }));
    expect(range.from!.toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(range.before!.toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(AuditFilter.parse({ actor: ' A@X.dk ' }).actor).toBe('a@x.dk');
  });
});
