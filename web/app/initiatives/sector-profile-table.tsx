import { ASSESSMENT_DIMENSIONS } from '../../../core/initiatives/assessment';
import { initiativeMessages } from '../../../core/messages/initiative-messages';
import { LOCALE_TAG } from '../../../core/text/locale-tag';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import type { DimensionEstimate, SectorProfile } from './initiative-types';

/** Mean rating per dimension and sector, with its 95 % interval and n; "cannot assess" is left out. */
export function SectorProfileTable({ profile }: { profile: SectorProfile[] }) {
  const t = useMessages(initiativeMessages);
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="profile-heading">
      <table class="profile">
        <caption>{t('initiatives.profileCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('initiatives.dimension')}</th>
            {profile.map((p) => (
              <th scope="col" key={p.sector}>
                {t(`initiatives.sector.${p.sector}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('initiatives.assessedCount')}</th>
            {profile.map((p) => (
              <td data-sector={p.sector} key={p.sector}>
                {p.assessed}
              </td>
            ))}
          </tr>
          {ASSESSMENT_DIMENSIONS.map((d, i) => (
            <tr data-dimension={d} key={d}>
              <th scope="row">{t(`initiatives.dimension.${d}`)}</th>
              {profile.map((p) => (
                <EstimateCell estimate={p.dimensions[i]!} key={p.sector} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EstimateCell({ estimate: e }: { estimate: DimensionEstimate }) {
  const t = useMessages(initiativeMessages);
  const { locale } = useLocale();
  if (e.mean === null)
    return (
      <td>
        – <span class="n">n = 0</span>
      </td>
    );
  const number = new Intl.NumberFormat(LOCALE_TAG[locale], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const interval =
    e.low === null || e.high === null
      ? t('initiatives.needsTwo')
      : `${number.format(e.low)}–${number.format(e.high)}`;
  return (
    <td>
      <span class="value">{number.format(e.mean)}</span> <span class="ci">({interval})</span>{' '}
      <span class="n">n = {e.n}</span>
    </td>
  );
}
