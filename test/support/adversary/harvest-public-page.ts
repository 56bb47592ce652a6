import { goalCellKey } from './published-view';
import { readerClient } from './reader-client';
import { record, type GoalInfo, type Snapshot } from './snapshot';

const TOLERANCE = { share: 0.0005, score: 0.005, index: 0.05 } as const;

/**
 * The public page, read without login in English: each goal's trend in words ("2025 (baseline):
 * 84.7 % (78.8–89.2 %), n = 183; 2026: …") at the goal's scope, rounded as shown. Goals are
 * recognised by their titles, rounds by the year in their titles.
 */
export async function harvestPublicPage(baseUrl: string, slug: string, snapshot: Snapshot): Promise<void> {
  const html = await readerClient(baseUrl, null, snapshot).text(`/p/${slug}?lang=en`);
  if (!html) return;
  for (const article of html.split('<article class="goal">').slice(1)) {
    const title = decode(article.match(/<h4>([\s\S]*?)<\/h4>/)?.[1] ?? '').trim();
    const goal = [...snapshot.goals.values()].find((g) => g.title.en === title);
    if (!goal?.scopeUnitId || goal.measuredOn !== 'survey') continue;
    const unit = goal.unit;
    const text = decode(article.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
    const items =
      /(\d{4})(?: \(baseline\))?: (?:(hidden)|no data|(-?[\d.]+)(?: %)?(?: \([^)]*\))?, n = ([\d,]+)( \(as of [^)]*\))?)/g;
    for (const m of text.matchAll(items)) {
      const roundId = roundOfYear(snapshot, goal, m[1]!);
      if (!roundId) continue;
      const key = goalCellKey(goal.id, roundId, goal.scopeUnitId);
      if (m[2]) record(snapshot, key, { state: 'hidden', source: 'public page' });
      else if (m[3]) {
        const shown = Number(m[3]);
        record(snapshot, key, {
          state: 'shown',
          n: Number(m[4]!.replace(/,/g, '')),
          value: unit === 'share' ? shown / 100 : shown,
          tolerance: (unit === 'share' ? TOLERANCE.share : TOLERANCE[unit]) + 1e-9,
          source: 'public page',
          // "(as of <date>)": an earlier release's numbers, shown again.
          ...(m[5] ? { stale: true } : {}),
        });
      }
    }
  }
}

function roundOfYear(snapshot: Snapshot, goal: GoalInfo, year: string): string | undefined {
  for (const round of snapshot.rounds.values())
    if (round.instrumentKey === goal.instrumentKey && (round.title.en ?? '').endsWith(year)) return round.id;
  return undefined;
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
