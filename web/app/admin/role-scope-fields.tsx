import type { FieldIssue } from '../api/send-json';
import { ROLES, type OrganisationRows, type StaffRole } from './admin-types';
import { FieldError, invalidProps } from './field-issues';
import { adminMessages } from '../../../core/messages/admin-messages';
import { useMessages } from '../i18n/use-messages';

/** The tree as options, indented by depth, so that a scope is chosen where it sits. */
function unitOptions(units: OrganisationRows['rows']) {
  return units.map((u) => (
    <option value={u.id} key={u.id}>
      {'\u00a0\u00a0'.repeat(u.depth)}
      {u.name}
    </option>
  ));
}

/**
 * A role and a scope (a unit of the tree), labelled and with the refusal's words beside each.
 * `prefix` makes the ids unique where several forms are on one screen.
 */
export function RoleScopeFields(props: {
  prefix: string;
  units: OrganisationRows['rows'];
  role: StaffRole;
  scopeUnitId: string;
  onRole: (role: StaffRole) => void;
  onScope: (unitId: string) => void;
  issues: FieldIssue[];
  /** The roles offered (all by default). */
  roles?: readonly StaffRole[];
}) {
  const t = useMessages(adminMessages);
  const { prefix, issues } = props;
  const roleError = `${prefix}-role-error`;
  const scopeError = `${prefix}-scope-error`;
  return (
    <>
      <label for={`${prefix}-role`}>{t('admin.role')}</label>
      <select
        id={`${prefix}-role`}
        name="role"
        value={props.role}
        onChange={(e) => props.onRole(e.currentTarget.value as StaffRole)}
        {...invalidProps(roleError, 'role', issues)}
      >
        {(props.roles ?? ROLES).map((r) => (
          <option value={r} key={r}>
            {t(`admin.role.${r}`)}
          </option>
        ))}
      </select>
      <FieldError id={roleError} field="role" issues={issues} />
      <label for={`${prefix}-scope`}>{t('admin.scope')}</label>
      <select
        id={`${prefix}-scope`}
        name="scopeUnitId"
        value={props.scopeUnitId}
        onChange={(e) => props.onScope(e.currentTarget.value)}
        {...invalidProps(scopeError, 'scopeUnitId', issues)}
      >
        {unitOptions(props.units)}
      </select>
      <FieldError id={scopeError} field="scopeUnitId" issues={issues} />
    </>
  );
}
