import { z } from 'zod';

/** Text in the three product languages. */
export const LocalizedText = z.object({
  da: z.string().min(1),
  nb: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export const Locale = z.enum(['da', 'nb', 'en']);
export type Locale = z.infer<typeof Locale>;

export const ComparisonOp = z.enum(['>', '>=', '<', '<=']);
export type ComparisonOp = z.infer<typeof ComparisonOp>;

/**
 * A respondent-level score: the mean of the scored items the respondent answered, taken from the
 * item set they answered most of (an instrument may have variants, e.g. a short form for grades 0-3
 * and a long form for grades 4-9). The respondent counts only when they answered at least
 * `minAnsweredShare` of that set (the Danish national measurement uses one half).
 */
export const RespondentScore = z.object({
  itemSets: z.array(z.array(z.string().min(1)).min(1)).min(1),
  minAnsweredShare: z.number().gt(0).max(1),
});
export type RespondentScore = z.infer<typeof RespondentScore>;

/** A share's condition on the score: a comparison, or '=' for one answer category. */
export const ConditionOp = z.enum(['>', '>=', '<', '<=', '=']);
export type ConditionOp = z.infer<typeof ConditionOp>;

/** Share of counted respondents whose score meets the condition (e.g. wellbeing index >= 3.5). */
export const ShareMeasure = z.object({
  type: z.literal('share'),
  condition: z.object({ op: ConditionOp, value: z.number() }),
});
export type ShareMeasure = z.infer<typeof ShareMeasure>;

/**
 * Mean of the counted respondents' scores on the instrument's common scale (e.g. a 1-5 factor
 * index); with `rescale`, shown on 0-100 instead: (mean − min) / (max − min) · 100, as national
 * reports do to put scales of different length side by side.
 */
export const MeanMeasure = z.object({
  type: z.literal('mean'),
  rescale: z
    .object({ min: z.number(), max: z.number() })
    .refine((r) => r.max > r.min, { message: 'max must be above min' })
    .optional(),
});
export type MeanMeasure = z.infer<typeof MeanMeasure>;

function unitOf(measure: ShareMeasure | MeanMeasure | DistributionMeasure) {
  if (measure.type === 'share') return 'share';
  if (measure.type === 'distribution') return 'distribution';
  return measure.rescale ? 'index' : 'score';
}

/**
 * How the answers to one item spread over its answer categories. Checked against the survey, it
 * becomes one share per category ("How often bullied: Never", …), each with n, interval, suppression
 * and trend like any share; see expandDistributions.
 */
export const DistributionMeasure = z.object({ type: z.literal('distribution') });
export type DistributionMeasure = z.infer<typeof DistributionMeasure>;

/** An indicator as declared in indicators.json (a distribution is still one declaration here). */
export const IndicatorDeclaration = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9-]*$/),
    label: LocalizedText,
    description: LocalizedText,
    /** 'neutral': a change is a change, neither better nor worse (e.g. one answer category). */
    polarity: z.enum(['higher-is-better', 'lower-is-better', 'neutral']),
    /** 'share' as a percentage, 'score' as a mean on the instrument's scale, 'index' as 0-100. */
    unit: z.enum(['share', 'score', 'index', 'distribution']),
    score: RespondentScore,
    measure: z.discriminatedUnion('type', [ShareMeasure, MeanMeasure, DistributionMeasure]),
    /** Keys of the instrument's breakdowns this indicator may be shown by. */
    breakdowns: z.array(z.string()).default([]),
    /** A sensitive item (e.g. harassment) is shown only for groups of the instrument's higher threshold. */
    sensitive: z.boolean().default(false),
  })
  .refine((d) => d.unit === unitOf(d.measure), {
    message:
      "a share has unit 'share', a mean 'score', a mean with rescale 'index', a distribution 'distribution'",
    path: ['unit'],
  });
export type IndicatorDeclaration = z.infer<typeof IndicatorDeclaration>;

/**
 * An indicator as computed: a share or a mean. A distribution's categories carry `category`: the
 * item and answer value, and the key of the distribution they belong to.
 */
export type IndicatorDefinition = Omit<IndicatorDeclaration, 'measure' | 'unit'> & {
  measure: ShareMeasure | MeanMeasure;
  unit: 'share' | 'score' | 'index';
  category?: { of: string; item: string; value: string };
  /**
   * A mean's possible range: the lowest and highest score its items give (itemScores). It bounds
   * the interval when every answer is alike; absent on definitions made by hand in tests.
   */
  scoreRange?: { min: number; max: number };
};

/**
 * The people a unit's survey addresses. 'pupils' and 'users' are the unit's stored size (pupils of
 * a class, users of a care unit), 'families' and 'employees' their own figures (employees also
 * from the sick-leave import's headcount); see core/indicators/unit-populations.ts.
 */
export const PopulationGroup = z.enum(['pupils', 'users', 'families', 'employees']);
export type PopulationGroup = z.infer<typeof PopulationGroup>;

export const BreakdownDefinition = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The background question whose answer places a respondent in a breakdown group. */
  question: z.string().min(1),
  label: LocalizedText,
  /**
   * Background variables of employee surveys (age, staff responsibility) would single people out
   * in a unit: they are computed for the municipality as a whole only.
   */
  shownAt: z.enum(['every-level', 'municipality']).default('every-level'),
});
export type BreakdownDefinition = z.infer<typeof BreakdownDefinition>;

/**
 * Everything computed from one instrument version: `indicators.json` beside `survey.json`.
 * `itemScores` maps each scored question's answer values (as strings) to a number on the
 * instrument's common scale; a value not listed (e.g. "don't know") counts as missing.
 */
export const InstrumentIndicators = z
  .object({
    instrument: z.object({
      key: z.string().regex(/^[a-z][a-z0-9-]*$/),
      version: z.number().int().positive(),
      name: LocalizedText,
      /** Smallest group whose values may be shown; never below 3. */
      minGroupSize: z.number().int().min(3).default(5),
      /** The threshold for sensitive indicators; defaults to minGroupSize. */
      sensitiveMinGroupSize: z.number().int().min(3).optional(),
      /** Free-text comments are shown only for groups of at least this many respondents. */
      commentMinGroupSize: z.number().int().min(5).default(10),
      /**
       * Whom a unit's answers come from, for the finite population correction: its pupils, its
       * children's families, its employees or its users (PopulationGroup). Without it no interval
       * is corrected.
       */
      population: PopulationGroup.optional(),
    }),
    breakdowns: z.array(BreakdownDefinition).default([]),
    itemScores: z.record(z.string(), z.record(z.string(), z.number())),
    indicators: z.array(IndicatorDeclaration).min(1),
  })
  .transform((declared, ctx) => ({ ...declared, indicators: expandDistributions(declared, ctx) }));
export type InstrumentIndicators = z.output<typeof InstrumentIndicators>;

/**
 * A distribution over one item becomes one share per answer category that the item's scoring
 * lists, in scale order: "share of those who answered who chose this". Neutral polarity: more of
 * one answer is a change, not by itself better or worse.
 */
function expandDistributions(
  declared: { itemScores: Record<string, Record<string, number>>; indicators: IndicatorDeclaration[] },
  ctx: z.core.$RefinementCtx,
): IndicatorDefinition[] {
  return declared.indicators.flatMap((indicator, index): IndicatorDefinition[] => {
    const { measure, unit } = indicator;
    if (measure.type === 'mean')
      return [
        {
          ...indicator,
          measure,
          unit: unit as 'score' | 'index',
          ...rangeOf(declared.itemScores, indicator),
        },
      ];
    if (measure.type !== 'distribution') return [{ ...indicator, measure, unit: 'share' as const }];
    const [items, ...more] = indicator.score.itemSets;
    const item = items?.length === 1 && more.length === 0 ? items[0]! : undefined;
    const scale = item === undefined ? undefined : declared.itemScores[item];
    const problem = distributionProblem(item, scale);
    if (problem !== undefined || item === undefined || scale === undefined) {
      ctx.addIssue({ code: 'custom', path: ['indicators', index, 'score', 'itemSets'], message: problem! });
      return [];
    }
    return Object.entries(scale)
      .sort(([, a], [, b]) => a - b)
      .map(([value, score]) => ({
        ...indicator,
        key: `${indicator.key}--${value}`,
        polarity: 'neutral' as const,
        unit: 'share' as const,
        score: { itemSets: [[item]], minAnsweredShare: 1 },
        measure: { type: 'share' as const, condition: { op: '=' as const, value: score } },
        category: { of: indicator.key, item, value },
      }));
  });
}

/**
 * Why an item cannot carry a distribution, or undefined. Its categories must split the respondents:
 * each answer value a score of its own (a category is "score = this value's score"; 'other' and
 * 'none' are categories when the scale lists them), and one answer per respondent (a repeated
 * group's entries would give a mean that is no category, yet count in every category's n).
 */
function distributionProblem(
  item: string | undefined,
  scale: Record<string, number> | undefined,
): string | undefined {
  if (item === undefined || scale === undefined) return 'a distribution is over exactly one scored item';
  if (item.includes('[].'))
    return 'a distribution is over an item with one answer per respondent, not a repeated group';
  const scores = Object.values(scale);
  if (new Set(scores).size !== scores.length)
    return 'a distribution needs a different score for each answer value, so that each is a category of its own';
  return undefined;
}

/** The lowest and highest score of the items a mean reads (a respondent's score is their mean). */
function rangeOf(
  itemScores: Record<string, Record<string, number>>,
  indicator: IndicatorDeclaration,
): { scoreRange?: { min: number; max: number } } {
  const scores = indicator.score.itemSets.flat().flatMap((item) => Object.values(itemScores[item] ?? {}));
  if (scores.length === 0) return {};
  return { scoreRange: { min: Math.min(...scores), max: Math.max(...scores) } };
}

/** The smallest group an indicator's values may be shown for. */
export function minGroupSizeOf(instrument: InstrumentIndicators, indicator: IndicatorDefinition): number {
  const { minGroupSize, sensitiveMinGroupSize } = instrument.instrument;
  return indicator.sensitive ? Math.max(minGroupSize, sensitiveMinGroupSize ?? minGroupSize) : minGroupSize;
}

/** minGroupSizeOf by indicator key; an unknown key (a removed indicator) gets the instrument's minimum. */
export function minGroupSizeByKey(instrument: InstrumentIndicators): (indicatorKey: string) => number {
  return (key) => {
    const indicator = instrument.indicators.find((i) => i.key === key);
    return indicator ? minGroupSizeOf(instrument, indicator) : instrument.instrument.minGroupSize;
  };
}
