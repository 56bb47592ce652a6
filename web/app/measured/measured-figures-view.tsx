import { useRef, useState } from 'preact/hooks';
import { measuredMessages } from '../../../core/messages/measured-messages';
import { appMessages } from '../../../core/messages/app-messages';
import type { Me } from '../api/api-types';
import type {
  MeasuredFiguresView as Figures,
  MeasuredPeriodChoice,
  PeriodGrain,
} from '../api/measured-types';
import { useJson } from '../api/use-json';
import { useReloadableJson } from '../api/use-reloadable-json';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { MEASURED_HREF, measuredFiguresHref, MEASURED_IMPORT_HREF } from './measured-address';
import { FocusedNotice } from '../admin/focused-notice';
import type { MeasuredDefinition } from '../api/measured-types';
import { MeasuredDefinitionForm } from './measured-definition-form';
import { MeasuredEntryForm } from './measured-entry-form';
import { MeasuredFigureTable } from './measured-figure-table';
import { measuredText } from './measured-format';

const messages = { ...appMessages, ...measuredMessages };
const CHOICES: MeasuredPeriodChoice[] = ['own', 'year'];
const YEARLY: PeriodGrain[] = ['school-year', 'calendar-year'];

/**
 * One measured indicator's figures: units (the tree, indented) × periods of its own grain or
 * years; below, for those who may, a few figures entered by hand, after which the table reloads.
 */
export function MeasuredFiguresView({
  indicatorKey,
  period,
}: {
  indicatorKey: string;
  period: MeasuredPeriodChoice;
}) {
  const [loaded, reload] = useReloadableJson<Figures>(
    `/api/measured/${encodeURIComponent(indicatorKey)}/figures?period=${period}`,
  );
  const me = useJson<Me>('/api/me');
  const mayEnter = me.state === 'ready' && me.data.isQualityStaff;
  // While the table reloads after an entry, the last figures stay: the form keeps its notice.
  const last = useRef<{ period: MeasuredPeriodChoice; figures: Figures } | null>(null);
  if (loaded.state === 'ready') last.current = { period, figures: loaded.data };
  const shown =
    loaded.state === 'loading' && last.current?.period === period
      ? { state: 'ready' as const, data: last.current.figures }
      : loaded;
  return (
    <LoadState loaded={shown}>
      {(figures) => (
        <>
          <FiguresPage figures={figures} period={period} mayImport={mayEnter} />
          {mayEnter && <MeasuredEntryForm figures={figures} onSaved={reload} />}
          {mayEnter && <DefinitionChange definition={figures.definition} onChanged={reload} />}
        </>
      )}
    </LoadState>
  );
}

/** The definition's change, folded away: titles and texts are corrected now and then, not daily. */
function DefinitionChange({
  definition,
  onChanged,
}: {
  definition: MeasuredDefinition;
  onChanged: () => void;
}) {
  const t = useMessages(messages);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <details class="measured-change" id="measured-change">
      <summary>{t('measured.form.editHeading')}</summary>
      {notice && (
        <FocusedNotice role="status" class="notice" token={notice}>
          <p id="measured-change-notice">{notice}</p>
        </FocusedNotice>
      )}
      <MeasuredDefinitionForm
        editing={definition}
        onSending={() => setNotice(null)}
        onDefined={(text) => {
          setNotice(text);
          onChanged();
        }}
      />
    </details>
  );
}

function FiguresPage({
  figures,
  period,
  mayImport,
}: {
  figures: Figures;
  period: MeasuredPeriodChoice;
  mayImport: boolean;
}) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const { definition } = figures;
  const title = measuredText(definition.title, locale);
  usePageTitle(`${title} · ${t('measured.title')}`);
  return (
    <>
      <nav class="crumbs" aria-label={t('app.path')}>
        <ol>
          <li>
            <a href={MEASURED_HREF}>{t('measured.title')}</a>
          </li>
          <li>
            <span aria-current="page">{title}</span>
          </li>
        </ol>
      </nav>
      <h1>{title}</h1>
      {definition.description && <p class="lead">{measuredText(definition.description, locale)}</p>}
      <p class="meta">
        {definition.source}
        {definition.source && mayImport && ' · '}
        {mayImport && <a href={MEASURED_IMPORT_HREF}>{t('measured.importLink')}</a>}
      </p>
      {definition.interval === 'none' && <p class="census">{t('measured.figures.census')}</p>}
      {/* A yearly indicator's own periods are its years: there is nothing to switch between. */}
      {!YEARLY.includes(definition.grain) && (
        <nav class="granularity" aria-label={t('measured.figures.show')}>
          <span aria-hidden="true">{t('measured.figures.show')}:</span>
          {CHOICES.map((c) => (
            <a
              href={measuredFiguresHref(definition.key, c)}
              aria-current={c === period ? 'page' : undefined}
              key={c}
            >
              {c === 'own' ? t(`measured.grain.${definition.grain}`) : t('measured.figures.year')}
            </a>
          ))}
        </nav>
      )}
      {figures.periods.length === 0 ? (
        <p class="meta" id="measured-no-data">
          {t('measured.figures.noData')}
        </p>
      ) : (
        <MeasuredFigureTable figures={figures} />
      )}
    </>
  );
}
