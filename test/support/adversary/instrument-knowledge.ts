import fs from 'node:fs';
import path from 'node:path';
import { readQuestions, type QuestionFacts } from './survey-visibility';

/**
 * What the attacker knows of an instrument from its public documentation: the JSON files in
 * survey-definitions/ (read as plain JSON, not through the product's parser).
 */
export interface IndicatorFacts {
  /** The key as published; a distribution's answers are `<key>--<answer value>`. */
  key: string;
  kind: 'share' | 'mean';
  /** Who is counted: indicators with the same signature count the same respondents (same n). */
  respondents: string;
  /** What is counted or summed among them: the same amount means the same number. */
  amount: string;
  /** One respondent's contribution to a mean's sum, on the instrument's scale. */
  scale: { min: number; max: number };
  /** A 0-100 index is (mean − min)/(max − min)·100. */
  rescale?: { min: number; max: number };
  itemSets: string[][];
  condition?: { op: string; value: number };
  category?: { of: string; item: string; value: string; score: number };
  breakdowns: string[];
  minGroup: number;
  sensitive: boolean;
}

export interface BreakdownFacts {
  key: string;
  question: string;
  required: boolean;
  shownAt: string;
}

export interface InstrumentFacts {
  key: string;
  indicators: Map<string, IndicatorFacts>;
  breakdowns: Map<string, BreakdownFacts>;
  questions: Map<string, QuestionFacts>;
  itemScores: Record<string, Record<string, number>>;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROOT = path.join(__dirname, '..', '..', '..', 'survey-definitions');

export function readInstrument(key: string): InstrumentFacts {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, key, file), 'utf8')) as Json;
  const declared = read('indicators.json');
  const questions = readQuestions(read('survey.json'));
  const { minGroupSize = 5, sensitiveMinGroupSize = 10 } = declared.instrument;
  const itemScores = declared.itemScores as Record<string, Record<string, number>>;
  const indicators = new Map<string, IndicatorFacts>();
  for (const d of declared.indicators as Json[])
    for (const facts of expand(d, itemScores, minGroupSize, sensitiveMinGroupSize))
      indicators.set(facts.key, facts);
  const breakdowns = new Map<string, BreakdownFacts>();
  for (const b of (declared.breakdowns ?? []) as Json[])
    breakdowns.set(b.key, {
      key: b.key,
      question: b.question,
      required: questions.get(b.question)?.required ?? false,
      shownAt: b.shownAt ?? 'every-level',
    });
  return { key, indicators, breakdowns, questions, itemScores };
}

function expand(
  d: Json,
  itemScores: Record<string, Record<string, number>>,
  minGroupSize: number,
  sensitiveMin: number,
): IndicatorFacts[] {
  const itemSets = d.score.itemSets as string[][];
  const respondents = `${JSON.stringify(itemSets)}|${d.score.minAnsweredShare}`;
  const scores = itemSets.flat().flatMap((item) => Object.values(itemScores[item] ?? {}));
  const scale = { min: Math.min(...scores), max: Math.max(...scores) };
  const base = {
    itemSets,
    scale,
    breakdowns: (d.breakdowns ?? []) as string[],
    sensitive: d.sensitive === true,
    minGroup: d.sensitive === true ? Math.max(minGroupSize, sensitiveMin) : minGroupSize,
  };
  const measure = d.measure as Json;
  if (measure.type === 'mean')
    return [
      {
        ...base,
        key: d.key,
        kind: 'mean',
        respondents,
        amount: `${respondents}|mean`,
        rescale: measure.rescale,
      },
    ];
  if (measure.type === 'share')
    return [
      {
        ...base,
        key: d.key,
        kind: 'share',
        respondents,
        amount: `${respondents}|${measure.condition.op}${measure.condition.value}`,
        condition: measure.condition,
      },
    ];
  // A distribution over one item: one share per scored answer, among those who gave a scored answer.
  const item = itemSets[0]![0]!;
  const single = `${JSON.stringify([[item]])}|1`;
  return Object.entries(itemScores[item]!).map(([value, score]) => ({
    ...base,
    itemSets: [[item]],
    key: `${d.key}--${value}`,
    kind: 'share' as const,
    respondents: single,
    amount: `${single}|=${score}`,
    condition: { op: '=', value: score },
    category: { of: d.key, item, value, score },
  }));
}

export function satisfies(score: number, condition: { op: string; value: number }): boolean {
  const v = condition.value;
  if (condition.op === '>=') return score >= v;
  if (condition.op === '>') return score > v;
  if (condition.op === '<=') return score <= v;
  if (condition.op === '<') return score < v;
  return score === v;
}

/** One respondent's contribution on the published scale → on the sum's scale (index → mean). */
export function toSumScale(facts: IndicatorFacts, publishedMean: number): number {
  if (!facts.rescale) return publishedMean;
  const { min, max } = facts.rescale;
  return min + (publishedMean / 100) * (max - min);
}

/** The instrument as if no two indicators shared answers: every indicator its own unknowns. */
export function withoutLinks(instrument: InstrumentFacts): InstrumentFacts {
  const indicators = new Map(
    [...instrument.indicators].map(([key, f]) => [
      key,
      { ...f, respondents: `${key}#${f.respondents}`, amount: `${key}#${f.amount}`, category: undefined },
    ]),
  );
  return { ...instrument, indicators };
}
