import { sum, type CellVariables } from './cell-variables';
import type { IndicatorFacts } from './instrument-knowledge';
import { groupKeys } from './round-model';
import type { Snapshot } from './snapshot';

/**
 * Sums the organisation tree and the breakdowns make: a unit's cell is its children's cells plus
 * its own respondents (only units with their own link have any) — except for breakdowns the
 * documentation says are published for the municipality only; a unit's total is its breakdown
 * groups plus those who did not answer the breakdown question (nobody, when it is required).
 */
export function structureRows(vars: CellVariables): void {
  const { model, system } = vars;
  const amountsOf = (respondents: string) =>
    [...model.amounts.values()].filter((f) => f.respondents === respondents);
  for (const [respondents, { breakdowns }] of model.respondents) {
    const amounts = amountsOf(respondents);
    for (const unitId of model.units) {
      const kids = model.children.get(unitId) ?? [];
      const hasOwn = model.ownAnswers.has(unitId);
      if (kids.length > 0)
        for (const group of groupKeys(model, respondents)) {
          // A breakdown published for the municipality only has no groups below it to add up.
          const breakdown = model.instrument.breakdowns.get(group.split('=')[0]!);
          if (group !== '' && breakdown?.shownAt === 'municipality') continue;
          const own = hasOwn ? [vars.n(unitId, respondents, group, 'own')] : [];
          system.equal(
            [
              [vars.n(unitId, respondents, group), 1],
              ...sum([...kids.map((k) => vars.n(k, respondents, group)), ...own], -1),
            ],
            0,
            `tree n ${unitId} ${group}`,
          );
          for (const facts of amounts) treeAmount(vars, facts, unitId, kids, group, hasOwn);
        }
      for (const b of breakdowns) breakdownRows(vars, unitId, respondents, amounts, b);
    }
  }
}

function treeAmount(
  vars: CellVariables,
  facts: IndicatorFacts,
  unitId: string,
  kids: string[],
  group: string,
  hasOwn: boolean,
) {
  const own = hasOwn ? [vars.amount(unitId, facts, group, 'own')] : [];
  vars.system.equal(
    [
      [vars.amount(unitId, facts, group), 1],
      ...sum([...kids.map((k) => vars.amount(k, facts, group)), ...own], -1),
    ],
    0,
    `tree ${facts.key} ${unitId} ${group}`,
  );
}

function breakdownRows(
  vars: CellVariables,
  unitId: string,
  respondents: string,
  amounts: IndicatorFacts[],
  b: string,
) {
  const { model, system } = vars;
  const values = model.groups.get(b) ?? [];
  const required = model.instrument.breakdowns.get(b)?.required ?? false;
  const missing = (column: number) => (required ? [] : [column]);
  system.equal(
    [
      [vars.n(unitId, respondents, ''), 1],
      ...sum(
        [
          ...values.map((v) => vars.n(unitId, respondents, `${b}=${v}`)),
          ...missing(vars.n(unitId, respondents, b, 'miss')),
        ],
        -1,
      ),
    ],
    0,
    `breakdown n ${unitId} ${b}`,
  );
  for (const facts of amounts)
    system.equal(
      [
        [vars.amount(unitId, facts, ''), 1],
        ...sum(
          [
            ...values.map((v) => vars.amount(unitId, facts, `${b}=${v}`)),
            ...missing(vars.amount(unitId, facts, b, 'miss')),
          ],
          -1,
        ),
      ],
      0,
      `breakdown ${facts.key} ${unitId} ${b}`,
    );
}

/** A breakdown that lists groups at a unit lists every group with answers there: the others are empty. */
export function unlistedGroupsAreEmpty(vars: CellVariables, snapshot: Snapshot): void {
  const { model, system } = vars;
  for (const unitId of model.units)
    for (const [b, values] of model.groups) {
      const listed = snapshot.listedGroups.get(`${model.roundId}|${unitId}|${b}`);
      if (!listed) continue;
      for (const v of values.filter((v) => !listed.includes(v)))
        for (const [respondents, { breakdowns }] of model.respondents)
          if (breakdowns.has(b)) system.narrow(vars.n(unitId, respondents, `${b}=${v}`), 0, 0);
    }
}
