import { useState } from 'preact/hooks';
import { instrumentMessages } from '../../../core/messages/instrument-messages';
import { FocusedNotice } from '../admin/focused-notice';
import { ApiError } from '../api/fetch-json';
import { useReloadableJson } from '../api/use-reloadable-json';
import { LoadState } from '../components/load-state';
import { TableScroll } from '../components/table-scroll';
import { usePageTitle } from '../components/use-page-title';
import { formatDateIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { BASE } from '../routing/router';
import { InstrumentUploadForm } from './instrument-upload-form';
import type { InstrumentListing, PublishedVersion } from './instrument-types';

/**
 * The instruments a municipality may use, built-in and its own with every version, and the form
 * that checks, previews and publishes a new one (administrators only: the API answers 403 else).
 */
export function InstrumentsView() {
  const t = useMessages(instrumentMessages);
  usePageTitle(t('instruments.title'));
  const [loaded, reload] = useReloadableJson<{ instruments: InstrumentListing[] }>('/api/instruments');
  const [published, setPublished] = useState<PublishedVersion | null>(null);
  const done = (result: PublishedVersion) => {
    setPublished(result);
    reload();
  };
  const forbidden =
    loaded.state === 'failed' && loaded.error instanceof ApiError && loaded.error.status === 403;
  return (
    <>
      <h1>{t('instruments.title')}</h1>
      <p class="lead">{t('instruments.lead')}</p>
      {published && <PublishedNotice published={published} />}
      {forbidden ? (
        <p role="alert" class="error">
          {t('instruments.forbidden')}
        </p>
      ) : (
        <LoadState loaded={loaded}>
          {(data) => (
            <>
              <InstrumentTable instruments={data.instruments} />
              <InstrumentUploadForm instruments={data.instruments} onPublished={done} />
            </>
          )}
        </LoadState>
      )}
    </>
  );
}

function PublishedNotice({ published }: { published: PublishedVersion }) {
  const t = useMessages(instrumentMessages);
  const words = {
    key: published.key,
    version: published.version,
    fingerprint: published.fingerprint.slice(0, 16),
  };
  return (
    <FocusedNotice role="status" class="notice" token={published}>
      <p>{t(published.created ? 'instruments.published' : 'instruments.unchanged', words)}</p>
      <p>
        <a href={`${BASE}/rounds/new?instrument=${encodeURIComponent(published.key)}`}>
          {t('instruments.newRound')}
        </a>
      </p>
    </FocusedNotice>
  );
}

function InstrumentTable({ instruments }: { instruments: InstrumentListing[] }) {
  const t = useMessages(instrumentMessages);
  const { locale } = useLocale();
  const rows = instruments.flatMap((i) => i.versions.map((v) => ({ instrument: i, version: v })));
  return (
    <>
      <h2>{t('instruments.listHeading')}</h2>
      <TableScroll label={t('instruments.listHeading')}>
        <table class="instruments">
          <thead>
            <tr>
              <th scope="col">{t('instruments.col.name')}</th>
              <th scope="col">{t('instruments.col.key')}</th>
              <th scope="col">{t('instruments.col.origin')}</th>
              <th scope="col">{t('instruments.col.version')}</th>
              <th scope="col">{t('instruments.col.fingerprint')}</th>
              <th scope="col">{t('instruments.col.published')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ instrument, version }) => {
              const when = formatDateIn(version.publishedAt.slice(0, 10), locale);
              return (
                <tr key={`${instrument.key}/${version.version}`}>
                  <th scope="row">{instrument.name[locale] ?? instrument.key}</th>
                  <td>
                    <code>{instrument.key}</code>
                  </td>
                  <td>{t(instrument.builtIn ? 'instruments.builtIn' : 'instruments.own')}</td>
                  <td>{version.version}</td>
                  <td>
                    <code title={version.fingerprint}>{version.fingerprint.slice(0, 16)}</code>
                  </td>
                  <td>
                    {version.publishedBy
                      ? t('instruments.publishedBy', { when, who: version.publishedBy })
                      : when}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
