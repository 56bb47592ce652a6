import { initiativeMessages } from '../../../core/messages/initiative-messages';
import { useJson } from '../api/use-json';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { localized } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { BASE, initiativeQueryString, type InitiativeQuery } from '../routing/router';
import { InitiativeSearch } from './initiative-search';
import { CATALOGUE_LIMIT, type Catalogue, type Initiative } from './initiative-types';
import { Scores } from './scores';
import { SectorProfileTable } from './sector-profile-table';
import '../styles/initiatives.css';

const EXCERPT = 320;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()} …` : text);

/** /app/initiatives — search every municipality's initiatives, read their ratings and the sector profile. */
export function InitiativesView({ query }: { query: InitiativeQuery }) {
  const t = useMessages(initiativeMessages);
  const qs = initiativeQueryString(query);
  const catalogue = useJson<Catalogue>(`/api/initiatives${qs ? `?${qs}` : ''}`);
  usePageTitle(t('initiatives.title'));
  return (
    <>
      <h1>{t('initiatives.title')}</h1>
      <p class="lead">{t('initiatives.lead')}</p>
      <LoadState loaded={catalogue}>
        {(data) => (
          <>
            {data.mayAdd && (
              <p>
                <a class="button" href={`${BASE}/initiatives/new`}>
                  {t('initiatives.add')}
                </a>
              </p>
            )}
            <InitiativeSearch query={query} municipalities={data.municipalities} key={qs} />
            <Results initiatives={data.initiatives} />
            <h2 id="profile-heading">
              {t('initiatives.profile')}{' '}
              <small>
                {data.municipalities.find((m) => m.id === query.municipality)?.name ??
                  t('initiatives.allMunicipalities')}
              </small>
            </h2>
            <SectorProfileTable profile={data.profile} />
          </>
        )}
      </LoadState>
    </>
  );
}

function Results({ initiatives }: { initiatives: Initiative[] }) {
  const t = useMessages(initiativeMessages);
  const found = initiatives.length;
  return (
    <>
      <h2 id="results">{t('initiatives.results')}</h2>
      <p class="found" role="status">
        {found === CATALOGUE_LIMIT
          ? t('initiatives.firstOnly', { count: found })
          : t('initiatives.found', { count: found })}
      </p>
      {found > 0 && (
        <ul class="initiatives" aria-labelledby="results">
          {initiatives.map((i) => (
            <InitiativeItem initiative={i} key={i.id} />
          ))}
        </ul>
      )}
    </>
  );
}

function InitiativeItem({ initiative }: { initiative: Initiative }) {
  const t = useMessages(initiativeMessages);
  const { locale } = useLocale();
  const goals = initiative.goals.map((g) => localized(g.title, locale));
  return (
    <li class="initiative" data-initiative={initiative.id}>
      <h3>
        <a href={`${BASE}/initiatives/${initiative.id}`}>{initiative.title}</a>
      </h3>
      <p class="meta">
        {t('initiatives.meta', {
          municipality: initiative.municipalityName,
          sector: t(`initiatives.sector.${initiative.sector}`),
          unit: initiative.contactUnit.name,
        })}
      </p>
      <p>{excerpt(initiative.description)}</p>
      {goals.length > 0 && <p class="goals">{t('initiatives.worksTowards', { goals: goals.join('; ') })}</p>}
      <Scores assessment={initiative.assessment} />
    </li>
  );
}
