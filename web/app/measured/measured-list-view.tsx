import { useState } from 'preact/hooks';
import { measuredMessages } from '../../../core/messages/measured-messages';
import type { Me } from '../api/api-types';
import type { MeasuredDefinition, MeasuredDefinitions } from '../api/measured-types';
import { sendJson } from '../api/send-json';
import { useJson } from '../api/use-json';
import { useReloadableJson } from '../api/use-reloadable-json';
import { FocusedNotice } from '../admin/focused-notice';
import { useSubmit } from '../admin/use-submit';
import { LoadState } from '../components/load-state';
import { RefusalAlert } from '../components/refusal-alert';
import { TableScroll } from '../components/table-scroll';
import { usePageTitle } from '../components/use-page-title';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { measuredFiguresHref, MEASURED_IMPORT_HREF } from './measured-address';
import { MeasuredDefinitionForm } from './measured-definition-form';
import { countText, measuredText } from './measured-format';
import { refusalReason, useMeasuredIssue } from './measured-issues';

/**
 * The municipality's measured indicators (each a link to its figures), and for those who may
 * define them: the library's indicators to adopt as they are, and a form for one's own.
 */
export function MeasuredListView() {
  const t = useMessages(measuredMessages);
  usePageTitle(t('measured.title'));
  const [loaded, reload] = useReloadableJson<MeasuredDefinitions>('/api/measured/definitions');
  const me = useJson<Me>('/api/me');
  const mayDefine = me.state === 'ready' && me.data.isQualityStaff;
  const [notice, setNotice] = useState<string | null>(null);
  const done = (text: string) => {
    setNotice(text);
    reload();
  };
  return (
    <>
      <h1>{t('measured.title')}</h1>
      <p class="lead">{t('measured.lead')}</p>
      {mayDefine && (
        <p>
          <a href={MEASURED_IMPORT_HREF}>{t('measured.importLink')}</a>
        </p>
      )}
      {notice && (
        <FocusedNotice role="status" class="notice" token={notice}>
          <p id="measured-notice">{notice}</p>
        </FocusedNotice>
      )}
      <LoadState loaded={loaded}>
        {(data) => (
          <>
            <DefinitionsTable definitions={data.definitions} />
            {mayDefine && <Library library={data.library} onAdopted={done} />}
          </>
        )}
      </LoadState>
      {mayDefine && <MeasuredDefinitionForm onDefined={done} />}
    </>
  );
}

function DefinitionsTable({ definitions }: { definitions: MeasuredDefinition[] }) {
  const t = useMessages(measuredMessages);
  const { locale } = useLocale();
  return (
    <>
      <h2>{t('measured.listHeading')}</h2>
      {definitions.length === 0 ? (
        <p>{t('measured.none')}</p>
      ) : (
        <TableScroll label={t('measured.listHeading')}>
          <table class="measured-definitions">
            <thead>
              <tr>
                <th scope="col">{t('measured.col.title')}</th>
                <th scope="col">{t('measured.col.kind')}</th>
                <th scope="col">{t('measured.col.grain')}</th>
                <th scope="col">{t('measured.col.source')}</th>
                <th scope="col">{t('measured.col.minPersons')}</th>
              </tr>
            </thead>
            <tbody>
              {definitions.map((d) => (
                <tr key={d.key} data-key={d.key}>
                  <th scope="row">
                    <a href={measuredFiguresHref(d.key)}>{measuredText(d.title, locale)}</a>
                  </th>
                  <td>{t(`measured.kind.${d.kind}`, { per: countText(d.per, locale) })}</td>
                  <td>{t(`measured.grain.${d.grain}`)}</td>
                  <td>{d.source || t('measured.noSource')}</td>
                  <td class="n">{d.minPersons}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

/** The library's indicators not adopted yet, each with its own button. */
function Library({
  library,
  onAdopted,
}: {
  library: MeasuredDefinition[];
  onAdopted: (text: string) => void;
}) {
  const t = useMessages(measuredMessages);
  const { locale } = useLocale();
  const submit = useSubmit();
  const say = useMeasuredIssue();
  const adopt = (d: MeasuredDefinition) =>
    void submit.run(async () => {
      await sendJson('POST', '/api/measured/definitions', { fromLibrary: d.key });
      onAdopted(t('measured.adopted', { title: measuredText(d.title, locale) }));
    });
  return (
    <section class="measured-library" aria-labelledby="library-heading">
      <h2 id="library-heading">{t('measured.libraryHeading')}</h2>
      <p>{t('measured.libraryLead')}</p>
      <RefusalAlert submit={submit} say={say} reason={(status) => refusalReason(t, status)} />
      {library.length === 0 ? (
        <p>{t('measured.libraryEmpty')}</p>
      ) : (
        <ul class="measured-library-list">
          {library.map((d) => (
            <li key={d.key}>
              <button type="button" disabled={submit.busy} onClick={() => adopt(d)}>
                {t('measured.adopt', { title: measuredText(d.title, locale) })}
              </button>
              <span class="meta">
                {' '}
                {t(`measured.kind.${d.kind}`, { per: countText(d.per, locale) })} ·{' '}
                {t(`measured.grain.${d.grain}`)} · {d.source}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
