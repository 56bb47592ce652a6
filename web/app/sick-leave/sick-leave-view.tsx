import type { Granularity, SickLeaveTable } from '../api/sick-leave-types';
import { importMessages } from '../../../core/messages/import-messages';
import type { Me } from '../api/api-types';
import { useJson } from '../api/use-json';
import { ExportLinks } from '../components/export-links';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { RollingChart } from './rolling-chart';
import { sickLeaveHref, sickLeaveQuery } from './sick-leave-address';
import { SickLeaveFigureTable } from './sick-leave-table';

const CHOICES: Granularity[] = ['month', 'quarter', 'year', 'rolling12'];

/**
 * Sick leave of a unit (the reader's own scope when none is chosen) and its children: the rolling
 * 12 months as a line, then a table by month, quarter, year or rolling 12 months, with a download.
 * The figures cover every employee, so the view says "all employees, not a sample" instead of
 * giving intervals.
 */
export function SickLeaveView({ unitId, granularity }: { unitId: string | null; granularity: Granularity }) {
  const loaded = useJson<SickLeaveTable>(`/api/sick-leave?${sickLeaveQuery(unitId, granularity)}`);
  return <LoadState loaded={loaded}>{(table) => <SickLeavePage table={table} />}</LoadState>;
}

function SickLeavePage({ table }: { table: SickLeaveTable }) {
  const { words } = useLocale();
  const w = words.sickLeave;
  usePageTitle(`${w.title} · ${table.unit.name}`);
  return (
    <>
      <Breadcrumbs table={table} />
      <h1>
        {w.title} <small class="kind">{table.unit.name}</small>
      </h1>
      <p class="lead">{w.lead}</p>
      <p class="census">{w.census}</p>
      <ImportLink />
      {table.lastMonth === null ? (
        <p class="meta">{w.noRecords}</p>
      ) : (
        <>
          <RollingChart unitId={table.unit.id} lastMonth={table.lastMonth} key={table.unit.id} />
          <GranularityChoice table={table} />
          <SickLeaveFigureTable table={table} />
          <ExportLinks
            path="/api/exports/sick-leave"
            label={w.download}
            query={sickLeaveQuery(table.unit.id, table.granularity)}
          />
        </>
      )}
    </>
  );
}

/** Links, not a select: each choice is an address of its own, and Back returns to the last. */
function GranularityChoice({ table }: { table: SickLeaveTable }) {
  const w = useLocale().words.sickLeave;
  return (
    <nav class="granularity" aria-label={w.show}>
      <span aria-hidden="true">{w.show}:</span>
      {CHOICES.map((g) => (
        <a
          href={sickLeaveHref(table.unit.id, g)}
          aria-current={g === table.granularity ? 'page' : undefined}
          key={g}
        >
          {w.granularities[g]}
        </a>
      ))}
    </nav>
  );
}

function Breadcrumbs({ table }: { table: SickLeaveTable }) {
  const { words } = useLocale();
  if (table.path.length === 0) return null;
  return (
    <nav class="crumbs" aria-label={words.path}>
      <ol>
        {table.path.map((unit) => (
          <li key={unit.id}>
            <a href={sickLeaveHref(unit.id, table.granularity)}>{unit.name}</a>
          </li>
        ))}
        <li>
          <span aria-current="page">{table.unit.name}</span>
        </li>
      </ol>
    </nav>
  );
}

/** Quality staff of the whole municipality import the figures; the import is one link away. */
function ImportLink() {
  const t = useMessages(importMessages);
  const me = useJson<Me>('/api/me');
  if (me.state !== 'ready' || !me.data.isQualityStaff) return null;
  return (
    <p>
      <a href="/app/sick-leave/import">{t('imports.navSickLeave')}</a>
    </p>
  );
}
