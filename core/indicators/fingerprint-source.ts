import type { IndicatorDefinition, InstrumentIndicators } from './indicator-definition';
import { itemDefinition } from './item-definition';

const ENGINE_REVISION = 2;

/**
 * The text to fingerprint (the edge hashes it) for everything that decides an indicator's values:
 * how respondents are scored and counted, and each item it reads as respondents saw it (wording,
 * answer options, scale, the logic that shows it; for a matrix row its row and columns, for a
 * ranking position all its choices, for a dynamic panel's question that question and the panel).
 * Two rounds are comparable for the indicator exactly when the fingerprints agree; labels,
 * descriptions and breakdowns may change without breaking the trend.
 */
export function indicatorFingerprintSource(
  surveyJson: unknown,
  instrument: InstrumentIndicators,
  indicator: IndicatorDefinition,
): string {
  const items = [...new Set(indicator.score.itemSets.flat())].sort();
  const content = {
    // Raised when the engine computes the same answers differently (2: intervals by the instrument's
    // own population, issue 16), so that rounds computed before are recomputed at start.
    engine: ENGINE_REVISION,
    score: indicator.score,
    measure: indicator.measure,
    items: items.map((name) => ({
      name,
      scores: instrument.itemScores[name] ?? null,
      // A question as before; an item path (m.row, r.choice, p[].q) as the part of its question
      // that decides it, so that editing another row of a matrix leaves this row's trend intact.
      element: findElement(surveyJson, name) ?? itemDefinition(surveyJson, name)?.definition ?? null,
    })),
  };
  return stableJson(content);
}

function findElement(node: unknown, name: string): unknown {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findElement(child, name);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const record = node as Record<string, unknown>;
  if (record.name === name && typeof record.type === 'string' && record.type !== 'panel') return record;
  for (const key of ['pages', 'elements', 'templateElements']) {
    const found = findElement(record[key], name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** JSON with object keys sorted, so equal content gives an equal string. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
