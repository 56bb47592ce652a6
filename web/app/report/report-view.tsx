import { reportMessages } from '../../../core/messages/report-messages';
import type { ContractList, Me } from '../api/api-types';
import { useJson } from '../api/use-json';
import { useReloadableJson } from '../api/use-reloadable-json';
import { FocusedNotice } from '../admin/focused-notice';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { formatDateIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { BASE } from '../routing/router';
import { useState } from 'preact/hooks';
import { ReportDocument } from './report-document';
import { ReportEditor } from './report-editor';
import type { ReportView as Report } from './report-types';
import '../styles/report.css';

/**
 * /app/contracts/:id/report/:year — the yearly follow-up report (opfølgningsredegørelse): what goes
 * in, the texts quality staff write while it is a draft, adoption (which locks it), PDF and print.
 */
export function ReportView({ contractId, year }: { contractId: string; year: number }) {
  const t = useMessages(reportMessages);
  const address = `/api/contracts/${encodeURIComponent(contractId)}/reports/${year}`;
  const [report, reload] = useReloadableJson<Report>(address);
  const me = useJson<Me>('/api/me');
  const [adopted, setAdopted] = useState(0);
  usePageTitle(t('report.title', { year }));
  return (
    <>
      <p class="back">
        <a href={`${BASE}/contracts/${encodeURIComponent(contractId)}?year=${year}`}>
          ← {t('report.backToOverview')}
        </a>
      </p>
      <h1>{t('report.title', { year })}</h1>
      {adopted > 0 && (
        <FocusedNotice role="status" class="notice" token={adopted}>
          <p>{t('report.adopted', { year })}</p>
        </FocusedNotice>
      )}
      <LoadState loaded={report}>
        {(view) => (
          <>
            <ReportHead view={view} />
            {view.status === 'draft' && me.state === 'ready' && me.data.isQualityStaff ? (
              <ReportEditor
                view={view}
                address={address}
                onAdopted={() => {
                  setAdopted((n) => n + 1);
                  reload();
                }}
              />
            ) : (
              <>
                {view.status === 'draft' && <p class="lead">{t('report.readOnlyLead')}</p>}
                <ReportDocument report={view.report} />
              </>
            )}
          </>
        )}
      </LoadState>
    </>
  );
}

/** Contract, other years, draft or adopted (with its checksum), and the PDF and print version. */
function ReportHead({ view }: { view: Report }) {
  const t = useMessages(reportMessages);
  const { locale } = useLocale();
  const { report } = view;
  const files = `/dashboard/contracts/${report.contract.id}/reports/${report.year}`;
  return (
    <div class="report-head">
      <p class="lead">
        {report.contract.title} · {report.municipality.name}
      </p>
      <YearLinks contractId={report.contract.id} year={report.year} />
      <p class={`report-state ${view.status}`}>
        {view.status === 'adopted' && view.adoptedAt
          ? t('report.adoptedOn', { date: formatDateIn(view.adoptedAt, locale) })
          : t('report.draft')}
      </p>
      {view.contentHash && (
        <p class="meta hash">
          {t('report.contentHash')}: <code>{view.contentHash}</code>
        </p>
      )}
      <p class="report-files">
        <a class="button" href={`${files}/pdf?lang=${locale}`} download>
          {t('report.pdf')}
        </a>
        <a href={`${files}/print?lang=${locale}`} target="_blank" rel="noopener">
          {t('report.print')}
        </a>
      </p>
    </div>
  );
}

/** The contract period's other years, each its own address. */
function YearLinks({ contractId, year }: { contractId: string; year: number }) {
  const t = useMessages(reportMessages);
  const list = useJson<ContractList>('/api/contracts');
  const contract = list.state === 'ready' ? list.data.contracts.find((c) => c.id === contractId) : undefined;
  if (!contract) return null;
  const first = Number(contract.periodStart.slice(0, 4));
  const last = Number(contract.periodEnd.slice(0, 4));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return (
    <nav class="report-years" aria-label={t('report.years')}>
      {years.map((y) => (
        <a
          key={y}
          href={`${BASE}/contracts/${encodeURIComponent(contractId)}/report/${y}`}
          aria-current={y === year ? 'page' : undefined}
        >
          {y}
        </a>
      ))}
    </nav>
  );
}
