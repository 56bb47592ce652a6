import type { Client } from 'pg';
import { BENCH_SLUG } from './generate-municipality';

export type BenchUser = 'consultant' | 'leader';

/** One API call a dashboard view makes, as one user. */
export interface Endpoint {
  /** The page that loads it. */
  view: string;
  name: string;
  user: BenchUser;
  path: string;
  /** A view a person opens first (the overview, the tree): its goal is p95 < 100 ms, not 200. */
  firstView?: true;
  /** A download of the whole: timed and weighed, no goal (no screen waits on it). */
  download?: true;
  /**
   * Each request right after a write to what results are computed from (a goal's counter moved):
   * what the first reader after an edit or a release waits, when no kept result can be used.
   */
  afterAChange?: true;
}

/**
 * Every view's API calls against the generated municipality: the ids are looked up by name
 * (Skole 01 and its 6.A; the latest pupil wellbeing round; the contract's current and last year).
 */
export async function listEndpoints(sql: Client, now: Date): Promise<Endpoint[]> {
  const one = async <T>(query: string, params: unknown[]): Promise<T> => {
    const { rows } = await sql.query(query, params);
    if (!rows[0]) throw new Error(`not in the bench database (run the generate step): ${query}`);
    return rows[0] as T;
  };
  const { id: municipalityId } = await one<{ id: string }>('select id from municipalities where slug = $1', [
    BENCH_SLUG,
  ]);
  const unit = (where: string, params: unknown[] = []) =>
    one<{ id: string }>(`select id from org_units u where municipality_id = $1 and ${where}`, [
      municipalityId,
      ...params,
    ]).then((u) => u.id);
  const root = await unit(`kind = 'municipality'`);
  const school = await unit(`kind = 'institution' and name = 'Skole 01'`);
  const area = await unit(`id = (select parent_id from org_units where id = $2)`, [school]);
  const klass = await unit(`name = '6.A' and parent_id = $2`, [school]);
  const { id: contract } = await one<{ id: string }>(
    'select id from quality_contracts where municipality_id = $1 order by period_start limit 1',
    [municipalityId],
  );
  const { id: pupilRound } = await one<{ id: string }>(
    `select r.id from rounds r join instrument_versions v on v.id = r.instrument_version_id
     where r.municipality_id = $1 and v.instrument_key = 'pupil-wellbeing' order by r.opens_on desc limit 1`,
    [municipalityId],
  );
  const year = now.getUTCFullYear();
  const c = `/api/contracts/${contract}`;
  return [
    // What the tree screen asks: the unit and two levels below it, a page of at most 250 units.
    {
      view: 'tree',
      name: 'goals municipality',
      user: 'consultant',
      path: '/api/goals?levels=2',
      firstView: true,
    },
    {
      view: 'tree',
      name: 'goals area',
      user: 'consultant',
      path: `/api/goals?unit=${area}&levels=2`,
      firstView: true,
    },
    { view: 'tree', name: 'goals (leader)', user: 'leader', path: '/api/goals?levels=2', firstView: true },
    {
      view: 'tree',
      name: 'goals municipality, after a change',
      user: 'consultant',
      path: '/api/goals?levels=2',
      afterAChange: true,
    },
    {
      view: 'export',
      name: 'goals export (csv)',
      user: 'consultant',
      path: '/api/exports/goals.csv',
      download: true,
    },
    { view: 'contracts', name: 'contracts', user: 'consultant', path: '/api/contracts', firstView: true },
    { view: 'contract', name: 'contract', user: 'consultant', path: c },
    {
      view: 'contract',
      name: 'contract overview',
      user: 'consultant',
      path: `${c}/overview`,
      firstView: true,
    },
    {
      view: 'contract',
      name: 'contract overview, after a change',
      user: 'consultant',
      path: `${c}/overview`,
      afterAChange: true,
    },
    { view: 'report', name: `report ${year} (draft)`, user: 'consultant', path: `${c}/reports/${year}` },
    {
      view: 'report',
      name: `report ${year - 1} (adopted)`,
      user: 'consultant',
      path: `${c}/reports/${year - 1}`,
    },
    {
      view: 'unit',
      name: 'indicators municipality',
      user: 'consultant',
      path: `/api/units/${root}/indicators`,
    },
    { view: 'unit', name: 'indicators school', user: 'consultant', path: `/api/units/${school}/indicators` },
    { view: 'unit', name: 'indicators class', user: 'consultant', path: `/api/units/${klass}/indicators` },
    { view: 'unit', name: 'comments municipality', user: 'consultant', path: `/api/units/${root}/comments` },
    { view: 'unit', name: 'comments school', user: 'consultant', path: `/api/units/${school}/comments` },
    {
      view: 'indicator',
      name: 'indicator detail school',
      user: 'consultant',
      path: `/api/units/${school}/indicators/pupil-wellbeing/wellbeing`,
    },
    {
      view: 'indicator',
      name: 'indicator detail class',
      user: 'leader',
      path: `/api/units/${klass}/indicators/pupil-wellbeing/wellbeing`,
    },
    { view: 'sick leave', name: 'sick leave municipality', user: 'consultant', path: '/api/sick-leave' },
    {
      view: 'sick leave',
      name: 'sick leave school by month',
      user: 'leader',
      path: `/api/sick-leave?unitId=${school}&granularity=month`,
    },
    { view: 'app frame', name: 'me', user: 'leader', path: '/api/me' },
    { view: 'rounds', name: 'rounds', user: 'consultant', path: '/api/rounds' },
    {
      view: 'distribution',
      name: 'response rates',
      user: 'consultant',
      path: `/api/rounds/${pupilRound}/response-rates`,
    },
    {
      view: 'distribution',
      name: 'response rates lowest first',
      user: 'consultant',
      path: `/api/rounds/${pupilRound}/response-rates?order=rate&offset=50`,
    },
    {
      view: 'distribution',
      name: 'link pickers units',
      user: 'consultant',
      path: `/api/rounds/${pupilRound}/units`,
    },
  ];
}

/** --only=a,b: the endpoints whose name contains one of the parts. */
export const selectEndpoints = (all: Endpoint[], only: string | undefined): Endpoint[] =>
  only ? all.filter((e) => only.split(',').some((part) => e.name.includes(part.trim()))) : all;
