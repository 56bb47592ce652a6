import type { Granularity, SickLeaveTable } from '../api/sick-leave-types';
import { importMessages } from '../../../core/messages/import-messages';
import type { Me } from '../api/api-types';
import { useJson } from '../api/use-json';
import { ExportLinks } from '../components/export-links';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { RollingChart } from './rolling-chart';
import { sickLeaveHref, sickLeaveQuery } from './sick-leave-address';
import { SickLeaveFigureTable } from './sick-leave-table';
import { appMessages } from '../../../core/messages/app-messages';
import { sickLeaveMessages } from '../../../core/messages/sick-leave-messages';
import { useMessages } from '../i18n/use-messages';

const messages = { ...appMessages, ...sickLeaveMessages };

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
  const t = useMessages(messages);
  usePageTitle(`${t('sickLeave.title')} · ${table.unit.name}`);
  return (
    <>
      <Breadcrumbs table={table} />
      <h1>
        {t('sickLeave.title')} <small class="kind">{table.unit.name}</small>
      </h1>
      <p class="lead">{t('sickLeave.lead')}</p>
      <p class="census">{t('sickLeave.census')}</p>
      <ImportLink />
      {table.lastMonth === null ? (
        <p class="meta">{t('sickLeave.noRecords')}</p>
      ) : (
        <>
          <RollingChart unitId={table.unit.id} lastMonth={table.lastMonth} key={table.unit.id} />
          <GranularityChoice table={table} />
          <SickLeaveFigureTable table={table} />
          <ExportLinks
            path="/api/exports/sick-leave"
            label={t('sickLeave.download')}
            query={sickLeaveQuery(table.unit.id, table.granularity)}
          />
        </>
      )}
    </>
  );
}

/** Links, not a select: each choice is an address of its own, and Back returns to the last. */
function GranularityChoice({ table }: { table: SickLeaveTable }) {
  const t = useMessages(messages);
  return (
    <nav class="granularity" aria-label={t('sickLeave.show')}>
      <span aria-hidden="true">{t('sickLeave.show')}:</span>
      {CHOICES.map((g) => (
        <a
          href={sickLeaveHref(table.unit.id, g)}
          aria-current={g === table.granularity ? 'page' : undefined}
          key={g}
        >
          {t(`sickLeave.granularity.${g}`)}
        </a>
      ))}
    </nav>
  );
}

function Breadcrumbs({ table }: { table: SickLeaveTable }) {
  const t = useMessages(messages);
  if (table.path.length === 0) return null;
  return (
    <nav class="crumbs" aria-label={t('app.path')}>
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
