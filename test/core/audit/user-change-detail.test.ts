import { userChangeDetail, type AuditedUser } from '../../../core/audit/user-change-detail';

const lise: AuditedUser = {
  name: 'Lise',
  role: 'leader',
  scopeUnitId: 'u-school',
  scopeUnitName: 'Testskolen',
  deactivatedAt: null,
};

describe('userChangeDetail', () => {
  it('when the role and scope change, then only they are shown, before and after, with the scope by name', () => {
    const after = { ...lise, role: 'consultant', scopeUnitId: 'u-root', scopeUnitName: 'Testkommune' };
    expect(userChangeDetail(lise, after)).toEqual({
      before: { role: 'leader', scopeUnitId: 'u-school', scope: 'Testskolen' },
      after: { role: 'consultant', scopeUnitId: 'u-root', scope: 'Testkommune' },
    });
  });

  it('when the user is deactivated, then active goes from true to false', () => {
    const after = { ...lise, deactivatedAt: new Date('2026-05-01T00:00:00Z') };
    expect(userChangeDetail(lise, after)).toEqual({ before: { active: true }, after: { active: false } });
  });

  it('when nothing changed, then there is nothing to record', () => {
    expect(userChangeDetail(lise, { ...lise })).toBeNull();
  });
});
