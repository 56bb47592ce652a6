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

/** Share of counted respondents whose score meets the condition (e.g. wellbeing index >= 3.5). */
export const ShareMeasure = z.object({
  type: z.literal('share'),
  condition: z.object({ op: ComparisonOp, value: z.number() }),
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

function unitOf(measure: ShareMeasure | MeanMeasure): 'share' | 'score' | 'index' {
  if (measure.type === 'share') return 'share';
  return measure.rescale ? 'index' : 'score';
}

export const IndicatorDefinition = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9-]*$/),
    label: LocalizedText,
    description: LocalizedText,
    polarity: z.enum(['higher-is-better', 'lower-is-better']),
    /** 'share' as a percentage, 'score' as a mean on the instrument's scale, 'index' as 0-100. */
    unit: z.enum(['share', 'score', 'index']),
    score: RespondentScore,
    measure: z.discriminatedUnion('type', [ShareMeasure, MeanMeasure]),
    /** Keys of the instrument's breakdowns this indicator may be shown by. */
    breakdowns: z.array(z.string()).default([]),
    /** A sensitive item (e.g. harassment) is shown only for groups of the instrument's higher threshold. */
    sensitive: z.boolean().default(false),
  })
  .refine((d) => d.unit === unitOf(d.measure), {
    message: "a share has unit 'share', a mean 'score', a mean with rescale 'index'",
    path: ['unit'],
  });
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;

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
export const InstrumentIndicators = z.object({
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
  }),
  breakdowns: z.array(BreakdownDefinition).default([]),
  itemScores: z.record(z.string(), z.record(z.string(), z.number())),
  indicators: z.array(IndicatorDefinition).min(1),
});
export type InstrumentIndicators = z.infer<typeof InstrumentIndicators>;

/** The smallest group an indicator's values may be shown for. */
export function minGroupSizeOf(instrument: InstrumentIndicators, indicator: IndicatorDefinition): number {
  const { minGroupSize, sensitiveMinGroupSize } = instrument.instrument;
  return indicator.sensitive ? Math.max(minGroupSize, sensitiveMinGroupSize ?? minGroupSize) : minGroupSize;
}
