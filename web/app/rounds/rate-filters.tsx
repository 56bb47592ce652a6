import { useEffect, useState } from 'preact/hooks';
import { roundMessages } from '../../../core/messages/round-messages';
import { useMessages } from '../i18n/use-messages';
import type { RateQuery, RoundDistribution } from './round-types';

const SEARCH_PAUSE_MS = 300;

/** The rates shown, the query that asked for them, and how to ask for others. */
interface RateControlProps {
  data: RoundDistribution;
  query: RateQuery;
  onChange: (query: RateQuery) => void;
}

/**
 * What a coordinator narrows a long list to before a reminder goes out: one school's (or area's)
 * units, a name, only the units with more answers than people, the lowest rates first. Every change
 * starts again at the first page.
 */
export function RateFilters({ data, query, onChange }: RateControlProps) {
  const t = useMessages(roundMessages);
  const [typed, setTyped] = useState(query.q);
  // The search is asked once typing pauses, not at every key.
  useEffect(() => {
    if (typed === query.q) return;
    const timer = window.setTimeout(() => onChange({ ...query, q: typed, offset: 0 }), SEARCH_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [typed, query, onChange]);
  const change = (part: Partial<RateQuery>) => onChange({ ...query, ...part, offset: 0 });
  return (
    <div class="rate-filters" role="search" aria-label={t('rounds.rate.filters')}>
      {data.parents.length > 1 && (
        <label>
          {t('rounds.rate.under')}
          <select value={query.under} onChange={(e) => change({ under: e.currentTarget.value })}>
            <option value="">{t('rounds.rate.allParents', { count: data.total.units })}</option>
            {data.parents.map((p) => (
              <option key={p.unitId} value={p.unitId}>
                {`${p.name} (${p.units})`}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('rounds.rate.search')}
        <input type="search" value={typed} maxLength={100} onInput={(e) => setTyped(e.currentTarget.value)} />
      </label>
      <label>
        {t('rounds.rate.order')}
        <select
          value={query.order}
          onChange={(e) => change({ order: e.currentTarget.value as RateQuery['order'] })}
        >
          <option value="name">{t('rounds.rate.orderName')}</option>
          <option value="rate">{t('rounds.rate.orderRate')}</option>
          <option value="answers">{t('rounds.rate.orderAnswers')}</option>
        </select>
      </label>
      {(data.flagged > 0 || query.flagged) && (
        <label class="check">
          <input
            type="checkbox"
            checked={query.flagged}
            onChange={(e) => change({ flagged: e.currentTarget.checked })}
          />
          {t('rounds.rate.onlyFlagged', { count: data.flagged })}
        </label>
      )}
    </div>
  );
}

/** "1–50 of 1,500", with the pages before and after. */
export function RatePager({ data, query, onChange }: RateControlProps) {
  const t = useMessages(roundMessages);
  const { offset, limit, matching } = data.page;
  // Nothing to say when every unit is on this one page; a narrowed list says how many match.
  if (matching <= limit && offset === 0 && matching === data.total.units) return null;
  const shown = t('rounds.rate.showing', {
    from: Math.min(offset + 1, matching),
    to: Math.min(offset + limit, matching),
    matching,
  });
  return (
    <nav class="pager" aria-label={shown}>
      {offset > 0 && (
        <button type="button" onClick={() => onChange({ ...query, offset: Math.max(0, offset - limit) })}>
          ← {t('rounds.rate.previous')}
        </button>
      )}{' '}
      <span data-field="page">{shown}</span>{' '}
      {offset + limit < matching && (
        <button type="button" onClick={() => onChange({ ...query, offset: offset + limit })}>
          {t('rounds.rate.next')} →
        </button>
      )}
    </nav>
  );
}
