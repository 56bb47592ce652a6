import { suppressTreeComplements } from '../../core/anonymity/suppress-tree-complements';
import { NotFound } from '../../core/errors';
import { choiceText } from '../../core/surveys/choice-text';
import {
  minGroupSizeOf,
  type IndicatorDefinition,
  type LocalizedText,
} from '../../core/indicators/indicator-definition';
import type { OrgUnit } from '../../core/org/org-unit';
import { assertInScope } from '../../core/org/scope';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { listRoundsAwaitingRelease } from '../../db/repositories/indicator-values';
import { listIndicatorValues, type StoredIndicatorValue } from '../../db/repositories/released-values';
import { findUnit, listChildren } from '../../db/repositories/org-units';
import { listRounds, type Round } from '../../db/repositories/rounds';
import { overPopulationOf, type OverPopulation } from '../../core/surveys/answers-over-population';
import { compareRounds, type ChangeVerdict } from '../../core/indicators/compare-rounds';
import { judgeManyChanges, type ManyChanges } from '../../core/statistics/false-discovery';
import type { StaffUser } from '../../db/repositories/staff';

/**
 * An indicator value as staff may see it; a suppressed one says why and shows no number. `asOf`:
 * the numbers are an earlier release's (its date), kept while too few answered since.
 */
export type ValueView =
  | { shown: true; n: number; value: number; ciLow: number; ciHigh: number; asOf?: string }
  | { shown: false; reason: 'too-few-answers'; minGroupSize: number }
  | { shown: false; reason: 'no-data' };

/**
 * The change of the unit's total since the previous round of the same instrument. Shown only
 * between two shown values; a definition that changed breaks the trend visibly.
 */
export type ChangeView =
  | {
      available: true;
      previousRoundId: string;
      previousTitle: LocalizedText;
      change: number;
      ciLow: number;
      ciHigh: number;
      verdict: ChangeVerdict;
      /** Below 0.05 exactly when the verdict marks the change (core/indicators/change-p-value.ts). */
      pValue: number;
      /** Whether it holds when all the round's changes at the unit are judged together (FDR 5 %). */
      holdsAtFdr: boolean;
    }
  | {
      available: false;
      reason: 'no-previous-round' | 'not-shown' | 'definition-changed' | 'too-few';
      previousTitle?: LocalizedText;
    };

export interface UnitIndicators {
  unit: Pick<OrgUnit, 'id' | 'name' | 'kind'>;
  rounds: {
    id: string;
    instrumentKey: string;
    title: LocalizedText;
    opensOn: string;
    closesOn: string;
    /** When the round's latest release was made (null: none yet). */
    computedAt: string | null;
    /**
     * The round has answers here but no release yet: it lists no indicators, and readers are told
     * results come when it closes or when quality staff publish interim results.
     */
    awaitingRelease: boolean;
    /** The changes of the round's indicators since the previous round, judged together; null: none. */
    changes: ManyChanges | null;
    /**
     * More answers than the people the round counts here (a shown total's n above its population):
     * its intervals are not corrected, and the words say what to check. Null when within.
     */
    overPopulation: OverPopulation | null;
    indicators: {
      key: string;
      label: LocalizedText;
      unit: 'share' | 'score' | 'index';
      total: ValueView;
      change: ChangeView;
      breakdowns: {
        key: string;
        label: LocalizedText;
        /** value: the stored code; label: the answer text respondents saw (English); labels: in each language. */
        cells: { value: string; label: string; labels: LocalizedText; view: ValueView }[];
      }[];
    }[];
  }[];
}

export async function loadUnitIndicators(
  db: Db,
  instruments: InstrumentCache,
  staff: StaffUser,
  unitId: string,
): Promise<UnitIndicators> {
  const unit = await findUnit(db, unitId);
  if (!unit) throw new NotFound(`Unit ${unitId} does not exist`);
  assertInScope({ municipalityId: staff.municipalityId, scopeUnitPath: staff.scopeUnitPath }, unit);
  return loadIndicatorHistory(db, instruments, unit);
}

/**
 * A unit's indicators in every round, as anyone allowed to see the unit may see them. The caller
 * has checked that the reader may see this unit.
 */
export async function loadIndicatorHistory(
  db: Db,
  instruments: InstrumentCache,
  unit: OrgUnit,
): Promise<UnitIndicators> {
  const result: UnitIndicators = { unit: { id: unit.id, name: unit.name, kind: unit.kind }, rounds: [] };
  const family = await listFamily(db, unit);
  const totals = new Map<string, { round: Round; values: StoredIndicatorValue[] }>();
  const rounds = await listRounds(db, unit.municipalityId);
  const awaiting = await listRoundsAwaitingRelease(
    db,
    rounds.map((r) => r.id),
    unit.id,
  );
  for (const round of rounds) {
    if (awaiting.has(round.id)) {
      result.rounds.push({
        ...roundHead(round),
        computedAt: null,
        awaitingRelease: true,
        changes: null,
        overPopulation: null,
        indicators: [],
      });
      continue;
    }
    const familyValues = await listIndicatorValues(db, {
      municipalityId: unit.municipalityId,
      roundId: round.id,
      unitIds: family.map((u) => u.id),
    });
    if (!familyValues.some((v) => v.unitId === unit.id)) continue;
    const { indicators, version } = await instruments.get(round.instrumentVersionId);
    const minOf = (key: string) =>
      minGroupSizeOf(
        indicators,
        indicators.indicators.find((i) => i.key === key) ?? indicators.indicators[0]!,
      );
    const values = protectedValues(familyValues, family, unit.id, minOf);
    const view = (v: StoredIndicatorValue | undefined, key: string): ValueView => toView(v, minOf(key));
    totals.set(round.id, { round, values: values.filter((v) => v.breakdownKey === '') });
    result.rounds.push({
      ...roundHead(round),
      computedAt: latestOf(values).toISOString(),
      awaitingRelease: false,
      changes: null,
      overPopulation: overPopulationIn(values.filter((v) => v.unitId === unit.id && v.breakdownKey === '')),
      indicators: indicators.indicators.map((def) => ({
        key: def.key,
        label: labelOf(def, version.survey),
        unit: def.unit,
        total: view(
          values.find((v) => v.indicatorKey === def.key && v.breakdownKey === ''),
          def.key,
        ),
        change: { available: false, reason: 'no-previous-round' },
        breakdowns: indicators.breakdowns
          .filter((b) => def.breakdowns.includes(b.key))
          .map((b) => ({
            key: b.key,
            label: b.label,
            cells: values
              .filter((v) => v.indicatorKey === def.key && v.breakdownKey === b.key)
              .map((v) => ({
                value: v.breakdownValue,
                label: choiceText(version.survey, b.question, v.breakdownValue, 'en') ?? v.breakdownValue,
                labels: answerTexts(version.survey, b.question, v.breakdownValue),
                view: view(v, def.key),
              })),
          })),
      })),
    });
  }
  for (const shown of result.rounds) if (!shown.awaitingRelease) await addChanges(shown, totals, instruments);
  return result;
}

/** The unit's shown totals against the population they were computed with (only shown n are read). */
function overPopulationIn(totals: StoredIndicatorValue[]): OverPopulation | null {
  const shown = totals.filter((v) => !v.suppressed && v.population !== null);
  if (shown.length === 0) return null;
  const answers = Math.max(...shown.map((v) => v.n));
  const people = shown[0]!.population;
  return overPopulationOf({ answers, expected: people, expectedFrom: 'population' });
}

const roundHead = (round: Round) => ({
  id: round.id,
  instrumentKey: round.instrumentKey,
  title: round.title,
  opensOn: round.opensOn,
  closesOn: round.closesOn,
});

/** The release's date: the newest of its values' dates (carried ones are older). */
const latestOf = (values: StoredIndicatorValue[]) =>
  values.reduce((latest, v) => (v.computedAt > latest ? v.computedAt : latest), values[0]!.computedAt);

/** Fills in each indicator's change against the latest earlier round of the same instrument. */
async function addChanges(
  shown: UnitIndicators['rounds'][number],
  totals: Map<string, { round: Round; values: StoredIndicatorValue[] }>,
  instruments: InstrumentCache,
): Promise<void> {
  const current = totals.get(shown.id)!;
  const previous = [...totals.values()]
    .filter((t) => t.round.instrumentKey === current.round.instrumentKey)
    .filter((t) => t.round.opensOn < current.round.opensOn)
    .sort((a, b) => (a.round.opensOn < b.round.opensOn ? 1 : -1))[0];
  if (!previous) return;
  const { indicators } = await instruments.get(current.round.instrumentVersionId);
  for (const indicator of shown.indicators) {
    const definition = indicators.indicators.find((i) => i.key === indicator.key)!;
    const now = current.values.find((v) => v.indicatorKey === indicator.key);
    const before = previous.values.find((v) => v.indicatorKey === indicator.key);
    const previousTitle = previous.round.title;
    if (
      !now ||
      !before ||
      now.suppressed ||
      before.suppressed ||
      now.value === null ||
      before.value === null
    ) {
      indicator.change = { available: false, reason: 'not-shown', previousTitle };
      continue;
    }
    const change = compareRounds(definition, now, before);
    indicator.change = change.comparable
      ? {
          available: true,
          previousRoundId: previous.round.id,
          previousTitle,
          ...withoutFlag(change),
          holdsAtFdr: false,
        }
      : { available: false, reason: change.reason, previousTitle };
  }
  shown.changes = judgeTogether(shown.indicators);
}

/**
 * A round's table judges all its indicators' changes at once: about one in twenty would be marked
 * at 95 % by chance alone, so each change says whether it holds when all are judged together
 * (Benjamini–Hochberg, false discovery rate 5 %: core/statistics/false-discovery.ts).
 */
function judgeTogether(indicators: { change: ChangeView }[]): ManyChanges | null {
  const judged = indicators.flatMap(({ change }) => (change.available ? [change] : []));
  if (judged.length === 0) return null;
  const { summary, holds } = judgeManyChanges(judged.map((c) => c.pValue));
  judged.forEach((change, i) => (change.holdsAtFdr = holds[i]!));
  return summary;
}

function withoutFlag<T extends { comparable: true }>({ comparable: _comparable, ...rest }: T) {
  return rest;
}

/** The unit, its parent and its siblings: all that tree complements need to decide about the unit. */
async function listFamily(db: Db, unit: OrgUnit): Promise<OrgUnit[]> {
  if (!unit.parentId) return [unit];
  const parent = (await findUnit(db, unit.parentId))!;
  return [{ ...parent, parentId: null }, ...(await listChildren(db, parent.id))];
}

/** The unit's values after complementary suppression against its parent and siblings, cell by cell. */
function protectedValues(
  values: StoredIndicatorValue[],
  family: OrgUnit[],
  unitId: string,
  thresholdOf: (indicatorKey: string) => number,
): StoredIndicatorValue[] {
  const parentOf = new Map(family.map((u) => [u.id, u.parentId]));
  const cellKey = (v: StoredIndicatorValue) => `${v.indicatorKey}|${v.breakdownKey}|${v.breakdownValue}`;
  const groups = new Map<string, StoredIndicatorValue[]>();
  for (const v of values) groups.set(cellKey(v), [...(groups.get(cellKey(v)) ?? []), v]);
  const hide = <T extends { suppressed: boolean }>(c: T): T => ({ ...c, suppressed: true });
  return [...groups.values()].flatMap((group) =>
    suppressTreeComplements(
      group.map((v) => ({ ...v, parentId: parentOf.get(v.unitId) ?? null })),
      thresholdOf(group[0]!.indicatorKey),
      hide,
    ).filter((v) => v.unitId === unitId),
  );
}

function toView(v: StoredIndicatorValue | undefined, minGroupSize: number): ValueView {
  if (!v || v.n === 0) return { shown: false, reason: 'no-data' };
  if (v.suppressed || v.value === null) return { shown: false, reason: 'too-few-answers', minGroupSize };
  const shown = { shown: true as const, n: v.n, value: v.value, ciLow: v.ciLow!, ciHigh: v.ciHigh! };
  return v.carried ? { ...shown, asOf: v.computedAt.toISOString() } : shown;
}

function answerTexts(survey: unknown, question: string, value: string): LocalizedText {
  const text = (locale: 'da' | 'nb' | 'en') => choiceText(survey, question, value, locale) ?? value;
  return { da: text('da'), nb: text('nb'), en: text('en') };
}

/** A distribution's category is labelled with the answer respondents saw: "How often bullied: Never". */
function labelOf(def: IndicatorDefinition, survey: unknown): LocalizedText {
  const category = def.category;
  if (!category) return def.label;
  const text = (locale: 'da' | 'nb' | 'en') =>
    `${def.label[locale]}: ${choiceText(survey, category.item, category.value, locale) ?? category.value}`;
  return { da: text('da'), nb: text('nb'), en: text('en') };
}
