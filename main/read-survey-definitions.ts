import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { InvalidDefinition } from '../core/errors';
import { checkInstrument } from '../core/surveys/check-instrument';
import type { InstrumentVersionInput } from '../db/repositories/instrument-versions';

export const SURVEY_DEFINITIONS_DIR = path.join(__dirname, '..', 'survey-definitions');

/**
 * Reads and checks every instrument in survey-definitions/. A definition that does not hold
 * together stops start-up with an InvalidDefinition naming the file and the element.
 */
export function readSurveyDefinitions(dir = SURVEY_DEFINITIONS_DIR): InstrumentVersionInput[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readInstrument(path.join(dir, entry.name)));
}

function readInstrument(folder: string): InstrumentVersionInput {
  const surveyFile = path.join(folder, 'survey.json');
  const indicatorsFile = path.join(folder, 'indicators.json');
  const survey = readJson(surveyFile);
  const indicatorsJson = readJson(indicatorsFile);
  const { indicators } = checkInstrument(
    survey,
    indicatorsJson,
    path.relative(process.cwd(), indicatorsFile),
  );
  if (indicators.instrument.key !== path.basename(folder)) {
    throw new InvalidDefinition(
      indicatorsFile,
      'instrument.key',
      `must equal the folder name "${path.basename(folder)}"`,
    );
  }
  const contentHash = createHash('sha256')
    .update(JSON.stringify([survey, indicatorsJson]))
    .digest('hex');
  return {
    instrumentKey: indicators.instrument.key,
    version: indicators.instrument.version,
    survey,
    indicators: indicatorsJson,
    contentHash,
  };
}

function readJson(file: string): unknown {
  const text = fs.readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidDefinition(file, '(file)', `is not valid JSON: ${(error as Error).message}`);
  }
}
