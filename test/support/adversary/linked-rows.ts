import { sum, type CellVariables } from './cell-variables';
import { satisfies, type IndicatorFacts, type InstrumentFacts } from './instrument-knowledge';
import { hiddenUnder, visibleUnder } from './survey-visibility';

/**
 * Indicators computed from the same answers, as the instrument's documentation tells: a
 * distribution's answers add up to its n; a share over one item (in the groups whose form asks
 * that item) is the distribution's answers that meet the share's condition. (A mean and its 0-100
 * rescale, and any indicators counting the same respondents, share their unknowns outright.)
 */
export function linkedRows(vars: CellVariables): void {
  const { model, system } = vars;
  for (const [of, categories] of distributions(model.instrument)) {
    const respondents = categories[0]!.respondents;
    for (const unitId of model.units)
      system.equal(
        [...sum(categories.map((c) => vars.amount(unitId, c, ''))), [vars.n(unitId, respondents, ''), -1]],
        0,
        `${of} adds up at ${unitId}`,
      );
    for (const share of model.instrument.indicators.values()) {
      const groups = groupsAskingOnly(model.instrument, share, categories[0]!.category!.item);
      if (!groups) continue;
      const meeting = categories.filter((c) => satisfies(c.category!.score, share.condition!));
      for (const unitId of model.units) {
        const cells = groups.values.map((v) => `${groups.breakdown}=${v}`);
        system.equal(
          [
            ...sum(cells.map((g) => vars.n(unitId, share.respondents, g))),
            [vars.n(unitId, respondents, ''), -1],
          ],
          0,
          `${share.key} n = ${of} n at ${unitId}`,
        );
        system.equal(
          [
            ...sum(cells.map((g) => vars.amount(unitId, share, g))),
            ...sum(
              meeting.map((c) => vars.amount(unitId, c, '')),
              -1,
            ),
          ],
          0,
          `${share.key} = ${of} ${meeting.map((c) => c.category!.value).join('+')} at ${unitId}`,
        );
      }
    }
  }
}

function distributions(instrument: InstrumentFacts): Map<string, IndicatorFacts[]> {
  const found = new Map<string, IndicatorFacts[]>();
  for (const facts of instrument.indicators.values())
    if (facts.category) found.set(facts.category.of, [...(found.get(facts.category.of) ?? []), facts]);
  return found;
}

/**
 * The breakdown groups whose respondents are counted in `share` exactly when they answered
 * `item`: the share scores a one-item set [item] with every item needed, its breakdown question is
 * required, and in these groups the form shows `item` and hides the share's other items (in every
 * other group it hides `item`). Undefined when the documentation does not make that certain.
 */
function groupsAskingOnly(instrument: InstrumentFacts, share: IndicatorFacts, item: string) {
  if (share.kind !== 'share' || share.category || !share.condition) return undefined;
  if (!share.itemSets.some((set) => set.length === 1 && set[0] === item)) return undefined;
  if (!share.respondents.endsWith('|1')) return undefined;
  const others = share.itemSets.flat().filter((i) => i !== item);
  for (const key of share.breakdowns) {
    const breakdown = instrument.breakdowns.get(key);
    if (!breakdown?.required) continue;
    const values = choiceNumbers(instrument, breakdown.question);
    const asked = visibleUnder(instrument.questions, item, breakdown.question, values).filter((v) =>
      others.every((o) => hiddenUnder(instrument.questions, o, breakdown.question, [v]).length === 1),
    );
    const notAsked = hiddenUnder(instrument.questions, item, breakdown.question, values);
    if (asked.length > 0 && asked.length + notAsked.length === values.length)
      return { breakdown: key, values: asked.map(String) };
  }
  return undefined;
}

function choiceNumbers(instrument: InstrumentFacts, question: string): number[] {
  return (instrument.questions.get(question)?.choices ?? []).map(Number).filter((v) => Number.isFinite(v));
}
