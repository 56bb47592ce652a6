import { compileValidator } from '../../core/surveys/compile-validator';
import {
  compareWithSurveyCore,
  type Disagreement,
  type DisagreementKind,
} from '../../test/core/surveys/corpus/compare-with-survey-core';
import { readCorpus } from '../../test/core/surveys/corpus/corpus-definitions';
import { expectedRefusals } from '../../test/core/surveys/corpus/expected-refusals';

/**
 * Per definition of SurveyJS's own corpus (test/fixtures/surveyjs-corpus/): does it compile (else
 * the first problem), and how often the compiled validator agrees with survey-core over N
 * browser-shaped answer sets (and N/2 raw ones), with the kinds of disagreement; totals at the end.
 * Usage: npx tsx scripts/corpus/corpus-report.ts [N]   (default 40)
 */
const SETS = Number(process.argv[2] ?? 40);
const SEED = 20261207;

interface Totals {
  definitions: number;
  needJavaScript: number;
  refusedAsNeeded: number;
  compiled: number;
  wronglyRefused: Map<string, number>;
  sets: number;
  agreed: number;
  kinds: Map<DisagreementKind, number>;
  /** Kind with what each side said: survey-core's error types, our issues. */
  details: Map<string, number>;
}

function count<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** The refusal's gist for grouping: the message without its source and element. */
function problemKind(message: string, source: string): string {
  const start = message.indexOf(source);
  const rest = start < 0 ? message : message.slice(start + source.length);
  return rest.replace(/^:\s*[^:]*:\s*/, '').slice(0, 100);
}

function unique(items: string[]): string {
  return [...new Set(items)].sort().join(', ');
}

/** A disagreement's kind with its gist: survey-core's error types and our issue texts. */
function detail(disagreement: Disagreement): string {
  const { kind, ours, surveyCore } = disagreement;
  const theirs = unique([
    ...surveyCore.errors.map((e) => e.type),
    ...(surveyCore.changed.length > 0 ? ['changed on complete'] : []),
  ]);
  const ourIssues = Array.isArray(ours) ? unique(ours.map((i) => i.issue.replace(/\d+(\.\d+)?/g, 'N'))) : '';
  return `${kind}: survey-core [${theirs}] ours [${ourIssues}]`;
}

function report(file: string, source: string, survey: unknown, index: number, totals: Totals): string {
  const needs = expectedRefusals(survey);
  let validator;
  try {
    validator = compileValidator(survey, source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (needs.length > 0) {
      totals.needJavaScript++;
      if (needs.some((need) => message.includes(need))) totals.refusedAsNeeded++;
      return `${file}: refused (needs JavaScript or takes no answers: ${needs.join(', ')}): ${message}`;
    }
    count(totals.wronglyRefused, problemKind(message, source));
    return `${file}: REFUSED: ${message}`;
  }
  if (needs.length > 0) {
    totals.needJavaScript++;
    return `${file}: COMPILES though it needs JavaScript or takes no answers (${needs.join(', ')})`;
  }
  totals.compiled++;
  const { sets, disagreements } = compareWithSurveyCore(survey, validator, {
    browserRuns: SETS,
    rawRuns: Math.ceil(SETS / 2),
    seed: SEED + index,
  });
  const kinds = new Map<DisagreementKind, number>();
  disagreements.forEach((d) => count(kinds, d.kind));
  disagreements.forEach((d) => count(totals.details, detail(d)));
  kinds.forEach((n, kind) => count(totals.kinds, kind, n));
  totals.sets += sets;
  totals.agreed += sets - disagreements.length;
  const breakdown = [...kinds].map(([kind, n]) => `${kind} ${n}`).join('; ');
  return `${file}: compiles, agrees on ${sets - disagreements.length}/${sets}${breakdown ? ` (${breakdown})` : ''}`;
}

function main(): void {
  const totals: Totals = {
    definitions: 0,
    needJavaScript: 0,
    refusedAsNeeded: 0,
    compiled: 0,
    wronglyRefused: new Map(),
    sets: 0,
    agreed: 0,
    kinds: new Map(),
    details: new Map(),
  };
  readCorpus().forEach(({ file, source, survey }, index) => {
    totals.definitions++;
    let line;
    try {
      line = report(file, source, survey, index, totals);
    } catch (error) {
      line = `${file}: HARNESS ERROR ${error instanceof Error ? error.message : String(error)}`;
    }
    console.log(line);
  });
  const refused = [...totals.wronglyRefused.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\n${totals.definitions} definitions; ${totals.needJavaScript} need JavaScript (${totals.refusedAsNeeded} refused naming it)`,
  );
  console.log(`${totals.compiled} compile; ${refused} without JavaScript are refused:`);
  [...totals.wronglyRefused]
    .sort((a, b) => b[1] - a[1])
    .forEach(([kind, n]) => console.log(`  ${String(n).padStart(4)}  ${kind}`));
  const rate = totals.sets === 0 ? 0 : (100 * totals.agreed) / totals.sets;
  console.log(
    `agreement on compiled definitions: ${totals.agreed}/${totals.sets} answer sets (${rate.toFixed(1)} %)`,
  );
  [...totals.kinds].forEach(([kind, n]) => console.log(`  ${String(n).padStart(5)}  ${kind}`));
  console.log('by what each side said:');
  [...totals.details]
    .sort((a, b) => b[1] - a[1])
    .forEach(([what, n]) => console.log(`  ${String(n).padStart(5)}  ${what}`));
}

main();
