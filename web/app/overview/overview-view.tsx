import { reportMessages } from '../../../core/messages/report-messages';
import type { ContractList, ContractSummary, FollowUpReport } from '../api/api-types';
import { useJson } from '../api/use-json';
import { ExportLinks } from '../components/export-links';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { formatDateIn, HOW_TO_READ } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { BASE } from '../routing/router';
import { ManyChangesLine } from '../components/change-mark';
import { ContractPicker } from './contract-picker';
import { contractMessages } from '../../../core/messages/contract-messages';
import { GoalCard } from './goal-card';
import { appMessages } from '../../../core/messages/app-messages';
import { reportDocumentMessages } from '../../../core/messages/report-document-messages';
import { manyChangesMessages } from '../../../core/messages/many-changes-messages';
import { formatMessage } from '../../../core/messages/message-catalogue';

/** Every goal of a contract as a card, per service area, for the chosen year. */
export function OverviewView(props: { contractId: string | null; year: number | null }) {
  const list = useJson<ContractList>('/api/contracts');
  return <LoadState loaded={list}>{(data) => <ChosenContract list={data} {...props} />}</LoadState>;
}

function ChosenContract({
  list,
  contractId,
  year,
}: {
  list: ContractList;
  contractId: string | null;
  year: number | null;
}) {
  const t = useMessages(appMessages);
  const tc = useMessages(contractMessages);
  const contract = contractId ? list.contracts.find((c) => c.id === contractId) : list.contracts[0];
  const query = year ? `?year=${year}` : '';
  const report = useJson<FollowUpReport>(contract ? `/api/contracts/${contract.id}/overview${query}` : null);
  usePageTitle(contract?.title ?? t('nav.overview'));
  if (!contract) return <h1>{list.contracts.length ? t('app.notFound') : t('app.noContracts')}</h1>;
  const shownYear = report.state === 'ready' ? report.data.year : year;
  return (
    <>
      <h1>{contract.title}</h1>
      <PeriodLine contract={contract} />
      {list.mayEdit && (
        <p class="edit-link">
          <a href={`${BASE}/contracts/${contract.id}/edit`}>{tc('contracts.edit')}</a>
        </p>
      )}
      <ContractPicker contracts={list.contracts} contract={contract} year={shownYear} />
      {shownYear && <ReportLink contractId={contract.id} year={shownYear} />}
      <HowToRead />
      <LoadState loaded={report}>
        {(data) => (
          <>
            <Areas report={data} />
            <ExportLinks
              path={`/api/exports/contracts/${contract.id}/overview`}
              query={`year=${data.year}`}
            />
          </>
        )}
      </LoadState>
    </>
  );
}

/** Where a consultant goes from the overview to write and adopt the year's follow-up report. */
function ReportLink({ contractId, year }: { contractId: string; year: number }) {
  const t = useMessages(reportMessages);
  return (
    <p class="report-link">
      <a href={`${BASE}/contracts/${encodeURIComponent(contractId)}/report/${year}`}>
        {t('report.openReport', { year })}
      </a>
    </p>
  );
}

function PeriodLine({ contract }: { contract: ContractSummary }) {
  const { locale } = useLocale();
  const t = useMessages(appMessages);
  return (
    <p class="lead">
      {t('app.period')}: {formatDateIn(contract.periodStart, locale)} –{' '}
      {formatDateIn(contract.periodEnd, locale)}
    </p>
  );
}

function HowToRead() {
  const t = useMessages(reportDocumentMessages);
  return (
    <details class="how-to-read">
      <summary>{t('reportDocument.howToRead')}</summary>
      <ul>
        {HOW_TO_READ.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </details>
  );
}

function Areas({ report }: { report: FollowUpReport }) {
  const { locale } = useLocale();
  return (
    <>
      <ManyChangesLine
        changes={report.changes ?? null}
        lead={formatMessage(locale, manyChangesMessages['manyChanges.heading'])}
      />
      {report.areas.map((area) => (
        <section class="area" aria-labelledby={`area-${area.key}`} key={area.key}>
          <h2 id={`area-${area.key}`}>{area.name}</h2>
          {area.aim && <p class="aim">{area.aim}</p>}
          <ul class="cards">
            {area.goals.map((goal) => (
              <li key={goal.id}>
                <GoalCard goal={goal} year={report.year} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
