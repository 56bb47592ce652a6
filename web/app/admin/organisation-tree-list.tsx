import { BASE } from '../routing/router';
import type { OrganisationUnit } from './admin-types';
import { UnitEditForm } from './unit-edit-form';
import { organisationMessages } from '../../../core/messages/organisation-messages';
import { useMessages } from '../i18n/use-messages';

interface TreeProps {
  rows: OrganisationUnit[];
  editId: string | null;
  onSaved: (name: string) => void;
}

/** A unit's figures as the list shows them: only those it has. */
function Figures({ unit }: { unit: OrganisationUnit }) {
  const t = useMessages(organisationMessages);
  const figures: [string, number | null][] = [
    [t('organisation.grade'), unit.grade],
    [t('organisation.population'), unit.population],
    [t('organisation.families'), unit.families],
    [t('organisation.employees'), unit.employees],
  ];
  const shown = figures.filter(([, n]) => n !== null);
  if (shown.length === 0) return null;
  return (
    <span class="org-figures">
      {shown.map(([label, n]) => (
        <span key={label}>
          {label}: {n}
        </span>
      ))}
    </span>
  );
}

function UnitItem({
  unit,
  byParent,
  editId,
  onSaved,
}: TreeProps & { unit: OrganisationUnit; byParent: Map<string, OrganisationUnit[]> }) {
  const t = useMessages(organisationMessages);
  const children = byParent.get(unit.id) ?? [];
  return (
    <li id={`unit-${unit.id}`} data-unit={unit.id}>
      <div class="org-unit">
        <span class="org-name">{unit.name}</span>{' '}
        <span class="org-kind">{t(`organisation.kind.${unit.kind}`, { count: 1 })}</span>{' '}
        <span class="org-code">
          {t('organisation.code')}: {unit.code ?? t('organisation.noCode')}
        </span>{' '}
        <Figures unit={unit} />
        {unit.unitsBelow > 0 && (
          <span class="org-below">{t('organisation.unitsBelow', { count: unit.unitsBelow })}</span>
        )}{' '}
        {editId !== unit.id && (
          <a class="org-edit" href={`${BASE}/admin/organisation?edit=${encodeURIComponent(unit.id)}`}>
            {t('organisation.edit')}
            <span class="visually-hidden"> {unit.name}</span>
          </a>
        )}
      </div>
      {editId === unit.id && <UnitEditForm unit={unit} onSaved={onSaved} key={unit.id} />}
      {children.length > 0 && (
        <ul>
          {children.map((child) => (
            <UnitItem
              key={child.id}
              unit={child}
              byParent={byParent}
              rows={[]}
              editId={editId}
              onSaved={onSaved}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The tree as nested lists, parents before children; `editId`'s unit shows its form in place. */
export function OrganisationTreeList({ rows, editId, onSaved }: TreeProps) {
  const t = useMessages(organisationMessages);
  const byParent = new Map<string, OrganisationUnit[]>();
  for (const row of rows)
    if (row.parentId) byParent.set(row.parentId, [...(byParent.get(row.parentId) ?? []), row]);
  const roots = rows.filter((r) => r.parentId === null);
  return (
    <ul class="org-tree" aria-label={t('organisation.treeLabel')}>
      {roots.map((root) => (
        <UnitItem
          key={root.id}
          unit={root}
          byParent={byParent}
          rows={rows}
          editId={editId}
          onSaved={onSaved}
        />
      ))}
    </ul>
  );
}
