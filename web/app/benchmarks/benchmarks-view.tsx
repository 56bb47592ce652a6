import { importMessages } from '../../../core/messages/import-messages';
import { LOCALE_TAG } from '../../../core/text/locale-tag';
import type { BenchmarkOverview, GroupAverage, StoredBenchmarkFigure } from '../api/import-types';
import { useReloadableJson } from '../api/use-reloadable-json';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { TableScroll } from '../components/table-scroll';
import { BenchmarkImport } from './benchmark-import';

/** A screen of 50,000 rows helps nobody; the API has them all. */
const FIGURES_SHOWN = 2000;

const useNumber = () => {
  const format = new Intl.NumberFormat(LOCALE_TAG[useLocale().locale], { maximumFractionDigits: 2 });
  return (value: number) => format.format(value);
};

/** Key figures of comparable municipalities, each group's average, and the import. */
export function BenchmarksView() {
  const t = useMessages(importMessages);
  usePageTitle(t('benchmarks.title'));
  const [loaded, reload] = useReloadableJson<BenchmarkOverview>('/api/benchmarks');
  return (
    <>
      <h1>{t('benchmarks.title')}</h1>
      <p class="lead">{t('benchmarks.lead')}</p>
      <h2>{t('benchmarks.averagesHeading')}</h2>
      <LoadState loaded={loaded}>
        {(overview) => (
          <>
            <Averages averages={overview.averages} />
            <Figures figures={overview.figures} />
          </>
        )}
      </LoadState>
      <BenchmarkImport onImported={reload} />
    </>
  );
}

function Averages({ averages }: { averages: GroupAverage[] }) {
  const t = useMessages(importMessages);
  const number = useNumber();
  if (averages.length === 0) return <p>{t('benchmarks.none')}</p>;
  return (
    <TableScroll label={t('benchmarks.averagesHeading')}>
      <table class="benchmark-averages">
        <thead>
          <tr>
            <th scope="col">{t('benchmarks.indicator')}</th>
            <th scope="col">{t('benchmarks.group')}</th>
            <th scope="col">{t('benchmarks.year')}</th>
            <th scope="col">{t('benchmarks.average')}</th>
            <th scope="col">{t('benchmarks.municipalities')}</th>
            <th scope="col">{t('benchmarks.source')}</th>
            <th scope="col">{t('benchmarks.vintage')}</th>
          </tr>
        </thead>
        <tbody>
          {averages.map((a) => (
            <tr key={`${a.source}/${a.comparisonGroup}/${a.indicatorKey}/${a.period}`}>
              <td>{a.indicatorKey}</td>
              <td>{a.comparisonGroup}</td>
              <td class="n">{a.period}</td>
              <td class="n">{number(a.average)}</td>
              <td class="n">{a.municipalities}</td>
              <td>{a.source}</td>
              <td>{a.vintages.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Figures({ figures }: { figures: StoredBenchmarkFigure[] }) {
  const t = useMessages(importMessages);
  const number = useNumber();
  if (figures.length === 0) return null;
  const shown = figures.slice(0, FIGURES_SHOWN);
  return (
    <details>
      <summary>
        {t('benchmarks.figures', {
          count: figures.length,
          shown: figures.length > shown.length ? shown.length : 0,
        })}
      </summary>
      <TableScroll label={t('benchmarks.figures', { count: figures.length, shown: 0 })}>
        <table class="benchmark-figures">
          <thead>
            <tr>
              <th scope="col">{t('benchmarks.indicator')}</th>
              <th scope="col">{t('benchmarks.group')}</th>
              <th scope="col">{t('benchmarks.year')}</th>
              <th scope="col">{t('benchmarks.municipality')}</th>
              <th scope="col">{t('benchmarks.value')}</th>
              <th scope="col">{t('benchmarks.source')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((f, i) => (
              <tr key={i}>
                <td>{f.indicatorKey}</td>
                <td>{f.comparisonGroup}</td>
                <td class="n">{f.period}</td>
                <td>{f.municipality}</td>
                <td class="n">{number(f.value)}</td>
                <td>{f.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
