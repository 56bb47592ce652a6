import fs from 'node:fs';
import path from 'node:path';

/** One third-party survey definition of test/fixtures/surveyjs-corpus/ (see its README). */
export interface CorpusDefinition {
  /** Its place in the corpus (file name order): seeds stay the same however the corpus is split. */
  index: number;
  /** The fixture's file name, e.g. 0042-e2e-questions-text-spec.json. */
  file: string;
  /** Where SurveyJS has it: surveyjs/survey-library@<commit>:<path>. */
  source: string;
  survey: Record<string, unknown>;
}

export const CORPUS_DIR = path.join(__dirname, '..', '..', '..', 'fixtures', 'surveyjs-corpus');

export function readCorpus(): CorpusDefinition[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file, index) => {
      const { source, survey } = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8')) as {
        source: string;
        survey: Record<string, unknown>;
      };
      return { index, file, source, survey };
    });
}

/** Every `parts`-th definition from `part` (1-based), so each test file gets a mix of sizes. */
export function corpusPart(part: number, parts: number): CorpusDefinition[] {
  return readCorpus().filter((_, index) => index % parts === part - 1);
}
