import { roundMessages } from '../../../core/messages/round-messages';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { rateText } from './round-format';
import type { RoundDistribution, UnitDistribution } from './round-types';

/**
 * One page of units (the filters and pager beside it choose which), the totals of all of them below.
 * Each unit's answers, expected people, rate and personal links used, a ⚠ with words where a unit
 * has more answers than people (not colour alone), and its open link where it is shown. Cells carry
 * data-field, rows data-unit, so the live counts can be found.
 */
export function ResponseRateTable({ data }: { data: RoundDistribution }) {
  const t = useMessages(roundMessages);
  const { locale } = useLocale();
  const links = data.openLinksWithheld === null;
  const expected = (u: Pick<UnitDistribution, 'expected' | 'expectedFrom'>) =>
    u.expected === null
      ? '–'
      : u.expectedFrom === 'links'
        ? t('rounds.rate.expectedLinks', { count: u.expected })
        : String(u.expected);
  if (data.total.units === 0) return <p>{t('rounds.rate.none')}</p>;
  if (data.units.length === 0) return <p data-field="no-match">{t('rounds.rate.noMatch')}</p>;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="rate-heading">
      <table class="distribution" data-round={data.round.id}>
        <thead>
          <tr>
            <th scope="col">{t('rounds.rate.unit')}</th>
            <th scope="col" class="n">
              {t('rounds.rate.answers')}
            </th>
            <th scope="col" class="n">
              {t('rounds.rate.expected')}
            </th>
            <th scope="col" class="n">
              {t('rounds.rate.rate')}
            </th>
            <th scope="col" class="n">
              {t('rounds.rate.tokens')}
            </th>
            <th scope="col">{t('rounds.rate.check')}</th>
            {links && <th scope="col">{t('rounds.rate.openLink')}</th>}
          </tr>
        </thead>
        <tbody>
          {data.units.map((u) => (
            <tr key={u.unitId} data-unit={u.unitId} data-over={u.overPopulation ? 'true' : 'false'}>
              <th scope="row">
                {u.parentName && <span class="meta">{u.parentName} · </span>}
                {u.unitName}
              </th>
              <td class="n" data-field="answers">
                {u.answers}
              </td>
              <td class="n" data-field="expected">
                {expected(u)}
              </td>
              <td class="n" data-field="rate">
                {rateText(u.rate, locale)}
              </td>
              <td class="n" data-field="tokens">
                {u.tokensIssued > 0
                  ? t('rounds.rate.tokensUsed', { spent: u.tokensSpent, issued: u.tokensIssued })
                  : '–'}
              </td>
              <td class="flag" data-field="flag">
                {u.overPopulation ? `⚠ ${u.overPopulation.note[locale]}` : ''}
              </td>
              {links && (
                <td class="open-link">{u.url && <a href={u.url}>{u.url.replace(/^https?:\/\//, '')}</a>}</td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-unit="total">
            <th scope="row">{t('rounds.rate.total', { count: data.total.units })}</th>
            <td class="n" data-field="answers">
              {data.total.answers}
            </td>
            <td class="n" data-field="expected">
              {data.total.expected ?? '–'}
            </td>
            <td class="n" data-field="rate">
              {rateText(data.total.rate, locale)}
            </td>
            <td />
            <td />
            {links && <td />}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
