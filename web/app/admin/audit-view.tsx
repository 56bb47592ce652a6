import { useEffect, useState } from 'preact/hooks';
import { Refusal, sendJson, type FieldIssue } from '../api/send-json';
import { usePageTitle } from '../components/use-page-title';
import { useLocale } from '../i18n/locale';
import { auditQueryString, BASE, type AuditQuery } from '../routing/router';
import { AdminNav } from './admin-nav';
import type { AuditTrail } from './admin-types';
import { AuditFilterForm } from './audit-filter-form';
import { AuditTable } from './audit-table';
import { adminAuditMessages } from '../../../core/messages/admin-audit-messages';
import { adminRefusalMessages } from '../../../core/messages/admin-refusal-messages';
import { appMessages } from '../../../core/messages/app-messages';
import { useMessages } from '../i18n/use-messages';

const messages = { ...adminAuditMessages, ...adminRefusalMessages, ...appMessages };

type Loaded =
  | { state: 'loading' }
  | { state: 'ready'; trail: AuditTrail }
  | { state: 'refused'; message: string; issues: FieldIssue[] };

/** /app/admin/audit?action=…&actor=…&from=…&to=…&page=…: the trail, filtered, paged, downloadable. */
export function AuditView({ filter }: { filter: AuditQuery }) {
  const { locale } = useLocale();
  const t = useMessages(messages);
  usePageTitle(t('admin.auditTitle'));
  const query = auditQueryString(filter);
  const loaded = useAuditTrail(query);
  const csvQuery = auditQueryString({ ...filter, page: 1 });
  const csv = `/api/admin/audit.csv?${csvQuery ? `${csvQuery}&` : ''}lang=${locale}`;
  return (
    <>
      <AdminNav current="audit" />
      <h1 id="audit-heading">{t('admin.auditTitle')}</h1>
      <p class="lead">{t('admin.auditLead')}</p>
      <AuditFilterForm key={query} filter={filter} issues={loaded.state === 'refused' ? loaded.issues : []} />
      <p>
        <a href={csv} download>
          {t('admin.downloadCsv')}
        </a>
      </p>
      {loaded.state === 'loading' && (
        <p class="loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {loaded.state === 'refused' && (
        <p class="error" role="alert">
          {loaded.issues.length ? t('admin.refused') : t('app.loadFailed', { message: loaded.message })}
        </p>
      )}
      {loaded.state === 'ready' && (
        <>
          <AuditTable events={loaded.trail.events} />
          <Pager trail={loaded.trail} filter={filter} />
        </>
      )}
    </>
  );
}

function useAuditTrail(query: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    sendJson<AuditTrail>('GET', `/api/admin/audit${query ? `?${query}` : ''}`).then(
      (trail) => current && setLoaded({ state: 'ready', trail }),
      (error: Error) =>
        current &&
        setLoaded({
          state: 'refused',
          message: error.message,
          issues: error instanceof Refusal ? error.details : [],
        }),
    );
    return () => {
      current = false;
    };
  }, [query]);
  return loaded;
}

function Pager({ trail, filter }: { trail: AuditTrail; filter: AuditQuery }) {
  const t = useMessages(messages);
  const last = Math.max(1, Math.ceil(trail.total / trail.pageSize));
  const href = (page: number) => {
    const query = auditQueryString({ ...filter, page });
    return `${BASE}/admin/audit${query ? `?${query}` : ''}`;
  };
  return (
    <nav class="pager" aria-label={t('admin.pageOf', { page: trail.page, last, total: trail.total })}>
      {trail.page > 1 && <a href={href(trail.page - 1)}>← {t('admin.newer')}</a>}{' '}
      <span>{t('admin.pageOf', { page: trail.page, last, total: trail.total })}</span>{' '}
      {trail.page < last && <a href={href(trail.page + 1)}>{t('admin.older')} →</a>}
    </nav>
  );
}
