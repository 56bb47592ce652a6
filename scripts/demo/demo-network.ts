import { sql } from 'drizzle-orm';
import type { BenchmarkFigure } from '../../core/benchmarks/benchmark-figure';
import type { Tx } from '../../db/database';
import type { LoadedInstrument } from '../../db/instrument-cache';
import { replaceBenchmarkSeries } from '../../db/repositories/benchmarks';
import { createMunicipality } from '../../db/repositories/municipalities';
import { addNetworkMember, createNetwork } from '../../db/repositories/networks';
import { createUnit, setUnitPopulation } from '../../db/repositories/org-units';
import { randomInt } from './mulberry32';
import { seedRound, type SeedContext } from './seed-round';

export const COMPARISON_GROUP = 'Sammenlignelige kommuner';

/** Neighbours in Demo Kommune's learning network, each with one school and its own mood. */
const NEIGHBOURS = [
  { slug: 'nabo-kommune', name: 'Nabo Kommune', school: 'Nabo Skole', mood: 0.2 },
  { slug: 'fjord-kommune', name: 'Fjord Kommune', school: 'Fjordskolen', mood: -0.1 },
];
export const DEMO_NEIGHBOUR_SLUGS = NEIGHBOURS.map((n) => n.slug);

/**
 * Demo Kommune's learning network: two neighbouring municipalities on the same installation, each
 * with a school whose grades 4-9 answered this year's pupil wellbeing round. With three members the
 * network's figure can be shown beside Demo Kommune's own; neither neighbour's units are ever shown
 * to Demo Kommune. Memberships began before the rounds opened, so the rounds count.
 */
export async function seedDemoNetwork(
  ctx: Omit<SeedContext, 'municipalityId'> & { demoMunicipalityId: string },
  pupils: LoadedInstrument,
  simulatePupil: (grade: number, mood: number) => Record<string, unknown>,
  random: () => number,
): Promise<{ municipalities: string[] }> {
  const { tx, today } = ctx;
  const networkId = await createNetwork(tx, 'Læringsnetværk Østjylland');
  const members = [ctx.demoMunicipalityId];
  for (const neighbour of NEIGHBOURS) {
    const municipality = await createMunicipality(tx, {
      slug: neighbour.slug,
      name: neighbour.name,
      country: 'dk',
    });
    const unit = (
      parent: Parameters<typeof createUnit>[1]['parent'],
      kind: 'municipality' | 'area' | 'institution' | 'group',
      name: string,
      grade?: number,
    ) => createUnit(tx, { municipalityId: municipality.id, parent, kind, name, sector: 'school', grade });
    const root = await unit(null, 'municipality', neighbour.name);
    const area = await unit(root, 'area', 'Skoler');
    const school = await unit(area, 'institution', neighbour.school);
    const classes = [];
    for (let grade = 4; grade <= 9; grade++) {
      const klass = await unit(school, 'group', `${grade}.A`, grade);
      await setUnitPopulation(tx, klass.id, randomInt(random, 22, 26));
      classes.push(klass);
    }
    await seedRound(
      { ...ctx, municipalityId: municipality.id },
      {
        instrument: pupils,
        title: {
          da: `Trivselsmåling ${today.slice(0, 4)}`,
          nb: `Trivselsundersøkelse ${today.slice(0, 4)}`,
          en: `Pupil wellbeing ${today.slice(0, 4)}`,
        },
        opensOn: addDays(today, -28),
        closesOn: addDays(today, 60),
        groups: classes.map((klass) => ({
          unit: klass,
          size: randomInt(random, 15, 22),
          simulate: () => simulatePupil(klass.grade!, neighbour.mood),
        })),
      },
    );
    members.push(municipality.id);
  }
  for (const municipalityId of members)
    await addNetworkMember(tx, { networkId, municipalityId, status: 'member' });
  // Members since before this year's rounds opened: their rounds count in the network's figures.
  await tx.execute(
    sql`update network_members set since = ${addDays(today, -90)}::date where network_id = ${networkId}`,
  );
  return { municipalities: members };
}

/**
 * Key figures of comparable municipalities for pupils expressing wellbeing (shares in percent, as
 * published), last year and this year: the contract's benchmark goal is judged against their mean.
 */
export async function seedDemoBenchmarks(tx: Tx, municipalityId: string, today: string): Promise<void> {
  const year = Number(today.slice(0, 4));
  const published: [string, string, number, number][] = [
    ['0727', 'Odder', 84.1, 84.9],
    ['0706', 'Syddjurs', 82.6, 83.4],
    ['0710', 'Favrskov', 85.3, 85.0],
    ['0741', 'Samsø', 83.0, 84.2],
    ['0746', 'Skanderborg', 84.8, 85.6],
  ];
  const wellbeing: BenchmarkFigure[] = published.flatMap(([number, name, lastYear, thisYear]) =>
    [
      [year - 1, lastYear],
      [year, thisYear],
    ].map(([period, value]) => ({
      source: 'Undervisningsministeriet, trivselsmålingen',
      vintage: `udtræk ${today}`,
      comparisonGroup: COMPARISON_GROUP,
      indicatorKey: 'pupil-wellbeing/wellbeing',
      period: period!,
      municipality: `${number} ${name}`,
      municipalityKey: number.replace(/^0+/, ''),
      value: value!,
    })),
  );
  // Sick leave of all municipal employees in percent of planned working days (KRL's statistics).
  const sickLeave: BenchmarkFigure[] = SICK_LEAVE.flatMap(([number, name, lastYear, thisYear]) =>
    [
      [year - 1, lastYear],
      [year, thisYear],
    ].map(([period, value]) => ({
      source: 'KRL, sygefraværsstatistik',
      vintage: `udtræk ${today}`,
      comparisonGroup: COMPARISON_GROUP,
      indicatorKey: 'sick-leave/rate',
      period: period!,
      municipality: `${number} ${name}`,
      municipalityKey: number.replace(/^0+/, ''),
      value: value!,
    })),
  );
  await replaceBenchmarkSeries(tx, municipalityId, [...wellbeing, ...sickLeave], null);
}

const SICK_LEAVE: [string, string, number, number][] = [
  ['0727', 'Odder', 7.7, 7.6],
  ['0706', 'Syddjurs', 7.5, 7.3],
  ['0710', 'Favrskov', 7.4, 7.2],
  ['0741', 'Samsø', 8.0, 8.1],
  ['0746', 'Skanderborg', 7.2, 7.0],
];

const addDays = (isoDay: string, days: number) =>
  new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
