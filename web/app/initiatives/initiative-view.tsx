import { useState } from 'preact/hooks';
import { initiativeMessages } from '../../../core/messages/initiative-messages';
import { useReloadableJson } from '../api/use-reloadable-json';
import { FocusedNotice } from '../admin/focused-notice';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { formatDateIn, localized } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { BASE, navigate } from '../routing/router';
import { InitiativeEditForm } from './initiative-form';
import type { Initiative, InitiativeForm } from './initiative-types';
import { Scores } from './scores';
import '../styles/initiatives.css';

/** The initiative just added: its own view says so once it opens (the address changed meanwhile). */
let justAdded: string | null = null;

/**
 * /app/initiatives/new and /app/initiatives/:id — a new initiative's form, an existing one's edit
 * form, or, for those who may not change it, the initiative to read.
 */
export function InitiativeView({ initiativeId }: { initiativeId: string | null }) {
  const t = useMessages(initiativeMessages);
  const { locale } = useLocale();
  const address = initiativeId
    ? `/api/initiatives/${encodeURIComponent(initiativeId)}/form`
    : '/api/initiatives/form';
  const [form, reload] = useReloadableJson<InitiativeForm>(address);
  const [notice, setNotice] = useState<{ text: string } | null>(() => {
    if (!initiativeId || justAdded !== initiativeId) return null;
    justAdded = null;
    return { text: t('initiatives.added') };
  });
  const initiative = form.state === 'ready' ? form.data.initiative : null;
  usePageTitle(initiative?.title ?? t('initiatives.new'));
  const saved = (id: string) => {
    if (initiativeId) {
      setNotice({ text: t('initiatives.saved') });
      reload();
      return;
    }
    justAdded = id;
    navigate(`${BASE}/initiatives/${id}`);
  };
  return (
    <>
      <p class="back">
        <a href={`${BASE}/initiatives`}>← {t('initiatives.backToCatalogue')}</a>
      </p>
      <h1>{initiative?.title ?? (initiativeId ? t('initiatives.title') : t('initiatives.new'))}</h1>
      {notice && (
        <FocusedNotice role="status" class="notice" token={notice}>
          <p>{notice.text}</p>
        </FocusedNotice>
      )}
      <LoadState loaded={form}>
        {(data) =>
          data.initiative && !data.mayEdit ? (
            <ReadOnly initiative={data.initiative} />
          ) : (
            <>
              {data.initiative && (
                <p class="meta">
                  {t('initiatives.lastChanged', {
                    municipality: data.initiative.municipalityName,
                    date: formatDateIn(data.initiative.updatedAt.slice(0, 10), locale),
                  })}
                </p>
              )}
              <InitiativeEditForm data={data} onSaved={saved} key={data.initiative?.updatedAt ?? 'new'} />
            </>
          )
        }
      </LoadState>
    </>
  );
}

function ReadOnly({ initiative }: { initiative: Initiative }) {
  const t = useMessages(initiativeMessages);
  const { locale } = useLocale();
  const goals = initiative.goals.map((g) => localized(g.title, locale));
  return (
    <>
      <p class="meta">
        {t('initiatives.meta', {
          municipality: initiative.municipalityName,
          sector: t(`initiatives.sector.${initiative.sector}`),
          unit: initiative.contactUnit.name,
        })}
      </p>
      <p class="description">{initiative.description}</p>
      {goals.length > 0 && <p class="goals">{t('initiatives.worksTowards', { goals: goals.join('; ') })}</p>}
      <h2>{t('initiatives.assessment')}</h2>
      <Scores assessment={initiative.assessment} />
    </>
  );
}
