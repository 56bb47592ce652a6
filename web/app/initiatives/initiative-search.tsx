import { useState } from 'preact/hooks';
import { initiativeMessages } from '../../../core/messages/initiative-messages';
import { useMessages } from '../i18n/use-messages';
import { BASE, initiativeQueryString, navigate, type InitiativeQuery } from '../routing/router';
import { SECTOR_ORDER } from './initiative-types';

/** Words, sector and municipality; a search is an address of its own, so Back returns to the last. */
export function InitiativeSearch({
  query,
  municipalities,
}: {
  query: InitiativeQuery;
  municipalities: { id: string; name: string }[];
}) {
  const t = useMessages(initiativeMessages);
  const [asked, setAsked] = useState(query);
  const search = (event: Event) => {
    event.preventDefault();
    const qs = initiativeQueryString({ ...asked, q: asked.q.trim() });
    navigate(`${BASE}/initiatives${qs ? `?${qs}` : ''}`);
  };
  return (
    <form class="catalogue-search" role="search" aria-label={t('initiatives.search')} onSubmit={search}>
      <div>
        <label for="search-q">{t('initiatives.words')}</label>
        <input
          id="search-q"
          type="search"
          maxLength={200}
          value={asked.q}
          onInput={(e) => setAsked({ ...asked, q: e.currentTarget.value })}
        />
      </div>
      <div>
        <label for="search-sector">{t('initiatives.sector')}</label>
        <select
          id="search-sector"
          value={asked.sector}
          onChange={(e) => setAsked({ ...asked, sector: e.currentTarget.value })}
        >
          <option value="">{t('initiatives.allSectors')}</option>
          {SECTOR_ORDER.map((s) => (
            <option value={s} key={s}>
              {t(`initiatives.sector.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="search-municipality">{t('initiatives.municipality')}</label>
        <select
          id="search-municipality"
          value={asked.municipality}
          onChange={(e) => setAsked({ ...asked, municipality: e.currentTarget.value })}
        >
          <option value="">{t('initiatives.allMunicipalities')}</option>
          {municipalities.map((m) => (
            <option value={m.id} key={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t('initiatives.searchButton')}</button>
    </form>
  );
}
