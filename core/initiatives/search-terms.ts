/** Longest query we turn into terms; a search box is not a document. */
const MAX_TERMS = 8;

/**
 * A PostgreSQL tsquery text from what a user typed: each word becomes a prefix term, all must
 * match ("sprog læs" → "sprog:* & læs:*"). Danish and Norwegian make compounds, so a prefix finds
 * "sprogstimulering" from "sprog". Only letters and digits pass, so no tsquery operator can be
 * smuggled in. Empty when nothing searchable was typed.
 */
export function searchTerms(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)]
    .slice(0, MAX_TERMS)
    .map((word) => `${word}:*`)
    .join(' & ');
}
