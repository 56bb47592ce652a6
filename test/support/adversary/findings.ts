import type { IndicatorFacts } from './instrument-knowledge';
import type { Terms } from './linear-system';
import type { Objective, Range } from './milp-bounds';
import type { ProtectedGroup } from './protected-cells';
import { saidByShownGroup, type Containment } from './shown-containers';
import { whatLargerGroupsSay, type Allowed } from './what-larger-groups-say';

export type FindingKind = 'shown-small' | 'determined' | 'narrow' | 'all-alike';

export interface Finding {
  kind: FindingKind;
  increment: boolean;
  group: ProtectedGroup;
  description: string;
}

const EPS = 1e-6;
/** Sums of mean scores come through floating point: a ten-thousandth is far below any score step. */
const SUM_EPS = 1e-4;
const minus = (a: Terms, b: Terms, scale = 1): Terms => [
  ...a,
  ...b.map(([c, k]): [number, number] => [c, -k * scale]),
];
const times = (a: Terms, scale: number): Terms => a.map(([c, k]) => [c, k * scale]);

/** What the attacker asks the solver about each protected group. */
export function objectivesOf(group: ProtectedGroup): Objective[] {
  const { facts } = group.cell;
  if (facts.kind === 'share')
    return [
      { id: `${group.id}|k`, terms: group.amount, sense: 'both' },
      { id: `${group.id}|rest`, terms: minus(group.n, group.amount), sense: 'both' },
    ];
  const { min, max } = facts.scale;
  return [
    { id: `${group.id}|sum`, terms: group.amount, sense: 'both' },
    { id: `${group.id}|top`, terms: minus(times(group.n, max), group.amount), sense: 'max' },
    { id: `${group.id}|bottom`, terms: minus(group.amount, times(group.n, min)), sense: 'max' },
  ];
}

type Say = (kind: FindingKind, text: string) => void;
type Said = (answer: 'all' | 'none' | 'top' | 'bottom') => boolean;
const text = (x: Range) => `[${round(x.min)}, ${round(x.max)}]`;

/**
 * The verdicts: (a) a count k or n − k pinned down, or a sum known more narrowly than one
 * respondent's whole scale; (b) every feasible solution gives the whole group one answer — unless
 * a larger shown group containing it already says that of everyone in it.
 */
export function judge(group: ProtectedGroup, ranges: Map<string, Range>, containers: Containment): Finding[] {
  const found: Finding[] = [];
  const say: Say = (kind, text) =>
    found.push({
      kind,
      increment: group.increment,
      group,
      description: `${group.label}, true n ${group.trueN}: ${text}`,
    });
  const { view, facts } = group.cell;
  if (!group.increment && view.state === 'shown') say('shown-small', `shown with n ${view.n}`);
  const allowed = whatLargerGroupsSay(group, containers);
  const said: Said = (answer) =>
    (!group.increment && saidByShownGroup(group.cell, answer, containers)) || allowed[answer];
  const r = (suffix: string) => ranges.get(`${group.id}|${suffix}`)!;
  if (facts.kind === 'share') judgeShare(facts, r('k'), r('rest'), say, said, allowed);
  else judgeMean(facts, r('sum'), r('top'), r('bottom'), say, said, allowed);
  return found;
}

function judgeShare(
  facts: IndicatorFacts,
  k: Range,
  rest: Range,
  say: Say,
  said: Said,
  allowed: Allowed,
): void {
  const answer = facts.category ? `answer ${facts.category.value}` : facts.key;
  const counts = `k ∈ ${text(k)}, n − k ∈ ${text(rest)}`;
  const all = rest.max < EPS && !said('all');
  // "Nobody in the group gave this answer" is all-alike for a share, not for one answer of many.
  const none = !facts.category && k.max < EPS && !said('none');
  if (all || none)
    say('all-alike', `every feasible solution says ${all ? 'all' : 'none'} of them (${answer}): ${counts}`);
  // Pinned closer than one respondent, or than a larger shown group already pins it.
  const kPinned = k.max - k.min < Math.min(1, allowed.k) - EPS && !(k.max < EPS && said('none'));
  const restPinned =
    rest.max - rest.min < Math.min(1, allowed.rest) - EPS && !(rest.max < EPS && said('all'));
  if (kPinned || restPinned)
    say(
      'determined',
      `${kPinned ? `k = ${round(k.min)}` : `n − k = ${round(rest.min)}`} (${answer}): ${counts}`,
    );
}

function judgeMean(
  facts: IndicatorFacts,
  sum: Range,
  top: Range,
  bottom: Range,
  say: Say,
  said: Said,
  allowed: Allowed,
): void {
  const margin = Math.min(facts.scale.max - facts.scale.min, allowed.sum);
  if (top.max < SUM_EPS && !said('top'))
    say('all-alike', `every feasible solution puts all of them at the scale's top (${facts.key})`);
  if (bottom.max < SUM_EPS && !said('bottom'))
    say('all-alike', `every feasible solution puts all of them at the scale's bottom (${facts.key})`);
  const width = sum.max - sum.min;
  if (width < margin - SUM_EPS)
    say(
      width < SUM_EPS ? 'determined' : 'narrow',
      `sum of ${facts.key} ∈ ${text(sum)}, narrower than one respondent (${margin}) or what a larger group says`,
    );
}

export function summarise(findings: Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) {
    const key = `${f.increment ? 'increment ' : ''}${f.kind}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : x);
