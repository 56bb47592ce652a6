import { ConfigError, parseConfig } from '../../main/config';

describe('configuration: AUDIT_RETENTION_DAYS', () => {
  it('when nothing is set, then the trail keeps 400 days; a number of days set is kept', () => {
    expect(parseConfig({}).auditRetentionDays).toBe(400);
    expect(parseConfig({ AUDIT_RETENTION_DAYS: '730' }).auditRetentionDays).toBe(730);
  });

  it.each(['29', '45.5', 'forever'])('when it is %s, then start-up stops naming it', (value) => {
    expect(() => parseConfig({ AUDIT_RETENTION_DAYS: value })).toThrow(ConfigError);
    expect(() => parseConfig({ AUDIT_RETENTION_DAYS: value })).toThrow(/AUDIT_RETENTION_DAYS:/);
  });
});
