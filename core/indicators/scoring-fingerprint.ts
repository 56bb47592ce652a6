import type { InstrumentIndicators } from './indicator-definition';
import { stableJson } from './fingerprint-source';

/**
 * Raised whenever the scoring code (score-response.ts, score-respondent.ts, read-item.ts) would
 * give any stored answers another CompactScore: every response stored before is then scored again
 * by the next full recompute instead of being trusted.
 */
export const SCORING_VERSION = 1;

/**
 * The fingerprint stored with a response's scores: the scoring code's version and everything of
 * the instrument version that scoreResponse reads (indicators' score rules in order, item scales,
 * breakdown questions). Stored scores with another fingerprint (or none) are not trusted.
 */
export function scoringFingerprint(instrument: InstrumentIndicators): string {
  let fingerprint = fingerprints.get(instrument);
  if (fingerprint === undefined) {
    const source = stableJson({
      scoring: SCORING_VERSION,
      indicators: instrument.indicators.map((i) => ({ key: i.key, score: i.score })),
      breakdowns: instrument.breakdowns.map((b) => ({ key: b.key, question: b.question })),
      itemScores: instrument.itemScores,
    });
    // Two independent 53-bit hashes: core has no crypto, and this guards against accidents
    // (a changed definition), not against someone forging a fingerprint in our own database.
    fingerprint = `s${SCORING_VERSION}-${cyrb53(source, 1).toString(36)}${cyrb53(source, 2).toString(36)}`;
    fingerprints.set(instrument, fingerprint);
  }
  return fingerprint;
}

const fingerprints = new WeakMap<InstrumentIndicators, string>();

// cyrb53 (public domain, bryc): a fast string hash with 53 well-mixed bits.
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
