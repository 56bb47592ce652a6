import { harvestDetails } from './harvest-details';
import { harvestUnitExports } from './harvest-exports';
import { harvestGoals } from './harvest-goals';
import { harvestPublicPage } from './harvest-public-page';
import { readerClient, type Body, type ReaderClient } from './reader-client';
import { recordUnitPage } from './record-indicator';
import { emptySnapshot, type OrgNode, type Snapshot } from './snapshot';

export interface HarvestOptions {
  /** Indicator details are slow (≈0.1 s each): read at most this many, where a page hides something. */
  detailBudget: number;
  /** Read each unit's CSV export and compare it with the JSON. */
  exports: boolean;
  /** The public page's municipality slug, read without login. */
  publicSlug?: string;
}

/**
 * Everything a staff reader can read over HTTP at this moment: the goal overview (the tree and
 * every unit's goal cells), the rounds and their live answer counts, every unit's indicator page,
 * the contracts' overview and follow-up reports, indicator details and CSV exports where they
 * could add numbers, and the public page.
 */
export async function harvestAsStaff(
  baseUrl: string,
  reader: string,
  cookie: string,
  options: HarvestOptions,
): Promise<Snapshot> {
  const snapshot = emptySnapshot(reader);
  const client = readerClient(baseUrl, cookie, snapshot);
  const overview = await wholeGoalOverview(client);
  snapshot.units = treeOf(overview.rows);
  await harvestRounds(client, snapshot);
  const pages = new Map<string, Body>();
  for (const unit of snapshot.units) {
    const page = await client.json(`/api/units/${unit.id}/indicators`);
    if (!page) continue;
    pages.set(unit.id, page);
    recordUnitPage(snapshot, unit.id, page, 'unit page');
  }
  await harvestGoals(client, snapshot, overview);
  await harvestDetails(client, snapshot, pages, options.detailBudget);
  if (options.exports) await harvestUnitExports(client, snapshot, pages);
  if (options.publicSlug) await harvestPublicPage(baseUrl, options.publicSlug, snapshot);
  return snapshot;
}

/** The goal overview, a page at a time, until every unit of the reader's scope is read. */
async function wholeGoalOverview(client: ReaderClient): Promise<Body> {
  const first = await client.json('/api/goals');
  const rows: Body[] = [...first.rows];
  for (let next = first.page.next; next !== null;) {
    const page = await client.json(`/api/goals?offset=${next}`);
    rows.push(...page.rows);
    next = page.page.next;
  }
  return { ...first, rows };
}

/** The goal overview lists the reader's units depth first, each with its depth. */
function treeOf(rows: Body[]): OrgNode[] {
  const path: string[] = [];
  return rows.map((row: Body) => {
    path.length = row.depth - (rows[0].depth as number);
    const node = { id: row.unitId, name: row.name, kind: row.kind, parentId: path.at(-1) ?? null };
    path.push(row.unitId);
    return node;
  });
}

async function harvestRounds(client: ReaderClient, snapshot: Snapshot): Promise<void> {
  const list = await client.json('/api/rounds');
  for (const round of list?.rounds ?? [])
    snapshot.rounds.set(round.id, { id: round.id, instrumentKey: round.instrumentKey, title: round.title });
  for (const roundId of snapshot.rounds.keys()) {
    const counts = new Map<string, number>();
    const links = new Map<string, string>();
    // The rates come a page at a time: read every page.
    for (let offset = 0; ; offset += 200) {
      const rates = await client.json(`/api/rounds/${roundId}/response-rates?offset=${offset}&limit=200`);
      for (const unit of rates?.units ?? []) {
        counts.set(unit.unitId, unit.answers);
        if (unit.url) links.set(unit.unitId, unit.url);
      }
      if (!rates?.page || offset + 200 >= rates.page.matching) break;
    }
    snapshot.answers.set(roundId, counts);
    snapshot.links.set(roundId, links);
  }
}
