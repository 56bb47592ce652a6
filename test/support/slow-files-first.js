const Sequencer = require('@jest/test-sequencer').default;

/**
 * Test files that took 40 s or more in a CI run (7 December 2026, fifth session), slowest first.
 * On a clean clone Jest has no timings and orders files by size. The survey corpus parts are small
 * files that each take about a minute, so they ran last, and the run ended with one or two workers
 * busy and the others idle. A file missing from this list only loses its head start.
 */
const SLOW_FILES = [
  'test/integration/hostile-input-fuzz.test.ts',
  'test/integration/anonymity-adversary.test.ts',
  'test/browser/dashboard-app.test.ts',
  'test/integration/sick-leave-import.test.ts',
  'test/integration/anonymity-adversary-protected.test.ts',
  'test/browser/content-security-policy.test.ts',
  'test/core/anonymity/release-audit-agrees.test.ts',
  'test/browser/respondent-journeys.test.ts',
  'test/integration/viewer-gets-no-open-links.test.ts',
  'test/core/surveys/corpus/corpus-part-4.test.ts',
  'test/integration/measured-indicators-api.test.ts',
  'test/integration/first-administrator.test.ts',
  'test/core/surveys/corpus/corpus-part-2.test.ts',
  'test/integration/round-releases.test.ts',
  'test/core/surveys/corpus/corpus-part-3.test.ts',
  'test/core/surveys/validator-agrees-with-survey-core.test.ts',
  'test/browser/answer-pupil-survey.test.ts',
  'test/integration/many-changes.test.ts',
  'test/browser/imports-app.test.ts',
  'test/integration/hostile-files.test.ts',
  'test/integration/submit-to-goal.test.ts',
  'test/integration/response-rate-pages.test.ts',
  'test/browser/quality-contract-journey.test.ts',
  'test/core/surveys/corpus/corpus-part-1.test.ts',
];

/**
 * Jest's order (failed first, then slowest by its own timings, else largest file), except that a
 * file without timings that is in SLOW_FILES starts before every other file without timings:
 * long files first keep all workers busy to the end. Where Jest has timings it already does this.
 */
class SlowFilesFirst extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    const rank = (test) => {
      if (test.duration != null || this.hasFailed(test)) return -1;
      const index = SLOW_FILES.findIndex((file) => test.path.endsWith(file));
      return index === -1 ? SLOW_FILES.length : index;
    };
    const withTimings = ordered.filter((test) => rank(test) === -1);
    const without = ordered.filter((test) => rank(test) !== -1);
    // Array.prototype.sort is stable: files not in the list keep Jest's order among themselves.
    return [...withTimings, ...without.sort((a, b) => rank(a) - rank(b))];
  }
}

module.exports = SlowFilesFirst;
