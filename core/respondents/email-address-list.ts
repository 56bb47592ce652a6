import { ValidationFailed } from '../errors';

// Pragmatic, not RFC 5322: what a mail program would take from a pasted list. Letters beyond
// ASCII pass (æøå in a domain); spaces, quotes, brackets and separators do not.
const ADDRESS = /^[^\s@"<>(),;:\\[\]]+@[^\s@"<>(),;:\\[\]]+\.[^\s@"<>(),;:\\[\].]{2,}$/;
const MAX_LENGTH = 254; // RFC 5321's limit on a forward path
const MAX_ISSUES = 20;

/**
 * The addresses of a pasted list, one a line: trimmed, blank lines skipped, repeats (in any case)
 * dropped keeping the first. Invalid lines are reported by number, as people count them (from 1).
 */
export function parseEmailAddressList(text: string, max: number): string[] {
  const seen = new Set<string>();
  const addresses: string[] = [];
  const issues: { field: string; issue: string }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    if (line.length > MAX_LENGTH || !ADDRESS.test(line)) {
      issues.push({ field: 'emails', issue: `line ${index + 1}: "${line}" is not an e-mail address` });
      return;
    }
    if (seen.has(line.toLowerCase())) return;
    seen.add(line.toLowerCase());
    addresses.push(line);
  });
  if (issues.length > 0)
    throw new ValidationFailed('Some lines are not e-mail addresses', issues.slice(0, MAX_ISSUES));
  if (addresses.length === 0)
    throw new ValidationFailed('No addresses', [
      { field: 'emails', issue: 'at least one address, one a line' },
    ]);
  if (addresses.length > max)
    throw new ValidationFailed('Too many addresses', [
      { field: 'emails', issue: `at most ${max} addresses at a time (${addresses.length} given)` },
    ]);
  return addresses;
}
