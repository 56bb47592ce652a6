import { useLocale } from '../i18n/locale';
import { formatMoment } from './admin-format';
import type { AuditEventRow } from './admin-types';
import { adminAuditMessages } from '../../../core/messages/admin-audit-messages';
import { useMessages } from '../i18n/use-messages';

// The detail is data as recorded (keys and values), shown as such: e-mails, ids, a filter.
const detailText = (detail: Record<string, unknown>) =>
  Object.entries(detail)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');

/** A long detail (an import's counts, a filter) folds away, so that a row stays a line or two. */
function Detail({ text, label }: { text: string; label: string }) {
  if (text.length <= 80) return <code translate={false}>{text}</code>;
  return (
    <details>
      <summary>{label}</summary>
      <code translate={false}>{text}</code>
    </details>
  );
}

/** One page of events, newest first. */
export function AuditTable({ events }: { events: AuditEventRow[] }) {
  const { locale } = useLocale();
  const t = useMessages(adminAuditMessages);
  if (events.length === 0) return <p>{t('admin.noEvents')}</p>;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="audit-heading">
      <table class="audit">
        <thead>
          <tr>
            <th scope="col">{t('admin.when')}</th>
            <th scope="col">{t('admin.who')}</th>
            <th scope="col">{t('admin.what')}</th>
            <th scope="col">{t('admin.subject')}</th>
            <th scope="col">{t('admin.address')}</th>
            <th scope="col">{t('admin.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} data-event={e.id} data-action={e.action}>
              <td>
                <time dateTime={e.at}>{formatMoment(e.at, locale)}</time>
              </td>
              <td>{e.actor}</td>
              <td>
                {t(`admin.auditAction.${e.action}`)}
                {e.installationWide && <span class="meta"> ({t('admin.installationWide')})</span>}
              </td>
              <td>{e.subject ?? ''}</td>
              <td>{e.address ?? ''}</td>
              <td>
                <Detail text={detailText(e.detail)} label={t('admin.detail')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
