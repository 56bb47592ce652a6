import { mergeViews, type PublishedView } from './published-view';

export interface OrgNode {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
}

export interface RoundInfo {
  id: string;
  instrumentKey: string;
  title: Record<string, string>;
}

export interface GoalInfo {
  id: string;
  title: Record<string, string>;
  instrumentKey: string;
  indicatorKey: string;
  scopeUnitId: string | null;
  filter: { breakdownKey: string; values: string[] } | null;
  /** The round the goal overview judges it on. */
  roundId: string | null;
  measuredOn: string;
  unit: 'share' | 'score' | 'index';
}

/** Everything one reader (a role, or a citizen) could read at one moment. */
export interface Snapshot {
  reader: string;
  units: OrgNode[];
  rounds: Map<string, RoundInfo>;
  goals: Map<string, GoalInfo>;
  /** Indicator cells (published-view cellKey) and goal cells (goalCellKey). */
  views: Map<string, PublishedView>;
  /** Live answer counts per round and target unit (the unit's own, from the response-rate view). */
  answers: Map<string, Map<string, number>>;
  /** Open respondent links per round and unit, as the response-rate view lists them. */
  links: Map<string, Map<string, string>>;
  /** The groups each breakdown lists at a unit (`round|unit|breakdown`): unlisted groups have no answers. */
  listedGroups: Map<string, string[]>;
  /** Where two views of one cell disagree (a number shown in one place and hidden in another). */
  disagreements: string[];
  requests: number;
}

export function emptySnapshot(reader: string): Snapshot {
  return {
    reader,
    units: [],
    rounds: new Map(),
    goals: new Map(),
    views: new Map(),
    answers: new Map(),
    links: new Map(),
    listedGroups: new Map(),
    disagreements: [],
    requests: 0,
  };
}

export function record(snapshot: Snapshot, key: string, view: PublishedView | undefined): void {
  if (!view) return;
  const merged = mergeViews(snapshot.views.get(key), view, (m) =>
    snapshot.disagreements.push(`${key}: ${m}`),
  );
  snapshot.views.set(key, merged);
}

/** Several readers' snapshots of one moment as one: what they could learn by pooling. */
export function pool(reader: string, snapshots: Snapshot[]): Snapshot {
  const pooled = emptySnapshot(reader);
  const units = new Map<string, OrgNode>();
  for (const s of snapshots) {
    for (const u of s.units) if (!units.has(u.id) || u.parentId) units.set(u.id, u);
    for (const [id, r] of s.rounds) pooled.rounds.set(id, r);
    for (const [id, g] of s.goals) pooled.goals.set(id, g);
    for (const [key, view] of s.views) record(pooled, key, view);
    for (const [roundId, counts] of s.answers)
      pooled.answers.set(roundId, new Map([...(pooled.answers.get(roundId) ?? []), ...counts]));
    for (const [roundId, links] of s.links)
      pooled.links.set(roundId, new Map([...(pooled.links.get(roundId) ?? []), ...links]));
    for (const [key, values] of s.listedGroups)
      pooled.listedGroups.set(key, [...new Set([...(pooled.listedGroups.get(key) ?? []), ...values])]);
    pooled.disagreements.push(...s.disagreements);
    pooled.requests += s.requests;
  }
  pooled.units = [...units.values()];
  return pooled;
}
