import { roundMessages } from '../../../core/messages/round-messages';
import { useJson } from '../api/use-json';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { BASE, navigate } from '../routing/router';
import { NewRoundFields } from './new-round-fields';
import { titleIn } from './round-format';
import type { NewRoundForm } from './round-types';

/**
 * A new round: first the survey (its address carries it, /app/rounds/new?instrument=…, which ticks
 * the units it is written for), then title, period and units; created, it opens its round's page.
 */
export function NewRoundView({ instrument }: { instrument: string | null }) {
  const t = useMessages(roundMessages);
  const { locale } = useLocale();
  usePageTitle(t('rounds.new'));
  const query = instrument ? `?instrument=${encodeURIComponent(instrument)}` : '';
  const loaded = useJson<NewRoundForm>(`/api/rounds/new${query}`);
  return (
    <section class="new-round">
      <p>
        <a href={`${BASE}/rounds`}>{t('rounds.back')}</a>
      </p>
      <h1>{t('rounds.new')}</h1>
      <p class="lead">
        {t('rounds.lead')} {t('rounds.form.lead')}
      </p>
      <LoadState loaded={loaded}>
        {(form) => (
          <>
            <div class="round-survey">
              <label for="round-survey">{t('rounds.form.survey')}</label>
              <select
                id="round-survey"
                value={form.chosen?.instrumentKey ?? ''}
                onChange={(e) =>
                  navigate(`${BASE}/rounds/new?instrument=${encodeURIComponent(e.currentTarget.value)}`)
                }
              >
                {!form.chosen && <option value="">{t('rounds.form.chooseSurvey')}</option>}
                {form.instruments.map((i) => (
                  <option key={i.instrumentKey} value={i.instrumentKey}>
                    {titleIn(i.title, locale)}
                  </option>
                ))}
              </select>
            </div>
            {form.chosen && <NewRoundFields form={form} key={form.chosen.versionId} />}
          </>
        )}
      </LoadState>
    </section>
  );
}
