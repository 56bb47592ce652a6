const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

/**
 * Seconds each test file took in a CI rehearsal (test-file-seconds.json, read from Jest's own
 * timing cache after a full run; 7 December 2026, fifth session). Jest orders files by its cached
 * timings, slowest first, but a clean clone (CI) has none, and Jest then orders by file size: the
 * survey corpus parts, small files of about a minute each, ran last and one ran alone at the end.
 * In a first rehearsal in size order jest took 1,164 s; a second in the same directory, with Jest's
 * timings (and transformed files) cached from the first, 860 s.
 */
const KNOWN_SECONDS = require('./test-file-seconds.json');
const ROOT = path.resolve(__dirname, '../..');

/**
 * Jest's order where it has timings (failed first, then slowest); files without them follow,
 * slowest first by KNOWN_SECONDS, then any new file in Jest's order (by size).
 */
class SlowFilesFirst extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    const known = (test) => KNOWN_SECONDS[path.relative(ROOT, test.path)];
    const jestKnows = (test) => test.duration != null || this.hasFailed(test);
    const withTimings = ordered.filter(jestKnows);
    const listed = ordered.filter((t) => !jestKnows(t) && known(t) !== undefined);
    const unlisted = ordered.filter((t) => !jestKnows(t) && known(t) === undefined);
    return [...withTimings, ...listed.sort((a, b) => known(b) - known(a)), ...unlisted];
  }
}

module.exports = SlowFilesFirst;
