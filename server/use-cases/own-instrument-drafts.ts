import { z } from 'zod';
import { Forbidden, NotFound, ValidationFailed, type FieldIssue } from '../../core/errors';
import { localInstrumentKey, ownInstrumentKey } from '../../core/instruments/own-instrument-key';
import { checkInstrument } from '../../core/surveys/check-instrument';
import type { Db, DbOrTx } from '../../db/database';
import {
  findInstrumentDraft,
  saveInstrumentDraft,
  type InstrumentDraft,
} from '../../db/repositories/instrument-drafts';
import { findVisibleInstrumentVersion } from '../../db/repositories/instrument-versions';
import { findMunicipality } from '../../db/repositories/municipalities';
import type { StaffUser } from '../../db/repositories/staff';
import { parseInput } from '../http/parse';
import { newestVersionOf } from './instrument-fingerprint';
import { listSurveyProblems, listUploadProblems, type InstrumentProblem } from './instrument-problems';

/** Each file as its text (as read from a file input or a textarea) or as parsed JSON. */
const DefinitionFile = z.union([z.string(), z.record(z.string(), z.unknown())]);
export const NewInstrumentDraft = z.object({ survey: DefinitionFile, indicators: DefinitionFile }).strict();
export type NewInstrumentDraft = z.infer<typeof NewInstrumentDraft>;

/** Own instruments are kept by administrators of the whole municipality, as its users and tree are. */
export function assertKeepsInstruments(staff: StaffUser): void {
  if (staff.role !== 'admin' || staff.scopeUnitPath.split('/').filter(Boolean).length !== 1)
    throw new Forbidden("Only the municipality's administrators publish instruments");
}

function parseFile(value: string | Record<string, unknown>, field: string, issues: FieldIssue[]): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch (error) {
    issues.push({ field: `${field}.(file)`, issue: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/** indicators.json's instrument object, or a problem naming it. */
function instrumentOf(indicators: unknown, issues: FieldIssue[]): Record<string, unknown> | undefined {
  const instrument = (indicators as { instrument?: unknown } | null)?.instrument;
  if (typeof instrument === 'object' && instrument !== null && !Array.isArray(instrument))
    return instrument as Record<string, unknown>;
  issues.push({ field: 'indicators.instrument', issue: 'expected an object with key, version and name' });
  return undefined;
}

/** The installation-wide key for the key she wrote (namespaced by her municipality's slug). */
async function keyFor(db: DbOrTx, staff: StaffUser, written: unknown, issues: FieldIssue[]) {
  const { slug } = (await findMunicipality(db, staff.municipalityId))!;
  const local = localInstrumentKey(slug, typeof written === 'string' ? written : '');
  const owned = ownInstrumentKey(slug, local);
  if ('key' in owned) return owned.key;
  issues.push({ field: 'indicators.instrument.key', issue: owned.problem });
  return `${slug}--instrument`; // the survey and the rest of indicators.json are still checked
}

/**
 * The definition as it would be published, with every problem found: indicators.json's key
 * namespaced by the slug and its version the next one of that key (the server numbers versions,
 * whatever the file says). Without a readable indicators.json the survey is checked alone.
 */
async function prepare(db: DbOrTx, staff: StaffUser, body: NewInstrumentDraft) {
  const issues: FieldIssue[] = [];
  const survey = parseFile(body.survey, 'survey', issues);
  const indicators = parseFile(body.indicators, 'indicators', issues);
  const instrument = indicators === undefined ? undefined : instrumentOf(indicators, issues);
  if (!instrument) {
    if (survey !== undefined) issues.push(...asFields(listSurveyProblems(survey, 'upload')));
    return { issues };
  }
  const key = await keyFor(db, staff, instrument.key, issues);
  const latest = await findVisibleInstrumentVersion(db, staff.municipalityId, { instrumentKey: key });
  const version = (latest?.version ?? 0) + 1;
  const numbered = { ...(indicators as object), instrument: { ...instrument, key, version } };
  if (survey !== undefined) issues.push(...asFields(listUploadProblems(survey, numbered, 'upload')));
  return { issues, survey, indicators: numbered, key, version };
}

const asFields = (problems: InstrumentProblem[]): FieldIssue[] =>
  problems.map((p) => ({ field: `${p.file}.${p.element}`, issue: p.message }));

export interface DraftView {
  id: string;
  key: string;
  /** The version it would be published as now. */
  version: number;
  /** The respondent page showing the draft; answers given there are checked, never stored. */
  preview: string;
  /** The version whose content it is exactly (publishing it adds nothing), or null. */
  sameAs: number | null;
}

/**
 * Checks an uploaded instrument and keeps it as a draft to preview and publish. A definition with
 * any problem is refused whole (422 listing every problem found) and nothing is stored.
 */
export async function checkInstrumentDraft(db: Db, staff: StaffUser, input: unknown): Promise<DraftView> {
  assertKeepsInstruments(staff);
  const body = parseInput(NewInstrumentDraft, input, 'instrument');
  const prepared = await prepare(db, staff, body);
  if (prepared.issues.length || !prepared.key)
    throw new ValidationFailed('The instrument is not valid', prepared.issues);
  const id = await saveInstrumentDraft(db, {
    municipalityId: staff.municipalityId,
    survey: prepared.survey,
    indicators: prepared.indicators,
    createdBy: staff.id,
  });
  // Compared as stored: jsonb keeps its own key order, and so do the published versions.
  const stored = (await findInstrumentDraft(db, staff.municipalityId, id))!;
  const newest = await newestVersionOf(db, staff.municipalityId, stored);
  const sameAs = newest?.identical ? newest.version : null;
  return { id, key: prepared.key, version: prepared.version, preview: previewAddress(id), sameAs };
}

export const previewAddress = (draftId: string) => `/instruments/drafts/${draftId}/preview`;

/** A draft of the staff member's municipality, for an administrator; anything else is not found. */
export async function loadInstrumentDraft(
  db: DbOrTx,
  staff: StaffUser,
  id: string,
): Promise<InstrumentDraft> {
  assertKeepsInstruments(staff);
  const draft = z.uuid().safeParse(id).success
    ? await findInstrumentDraft(db, staff.municipalityId, id)
    : undefined;
  if (!draft) throw new NotFound('There is no such instrument draft');
  return draft;
}

/** What the respondent page needs to show a draft: the shape of a round's survey, marked as a preview. */
export async function draftPreviewSurvey(db: Db, staff: StaffUser, id: string) {
  const draft = await loadInstrumentDraft(db, staff, id);
  const { instrument } = checkInstrument(draft.survey, draft.indicators, 'draft').indicators;
  return {
    round: { id: draft.id, title: instrument.name, opensOn: null, closesOn: null, state: 'open' },
    unit: { name: '' },
    instrument: { key: instrument.key, version: instrument.version },
    survey: draft.survey,
    preview: true,
  };
}

/**
 * Answers given on the preview page are checked as a round's would be (422 naming each rejected
 * question) and then dropped: a preview never stores a response.
 */
export async function checkPreviewAnswers(
  db: Db,
  staff: StaffUser,
  id: string,
  body: unknown,
): Promise<void> {
  const draft = await loadInstrumentDraft(db, staff, id);
  const { validator } = checkInstrument(draft.survey, draft.indicators, 'draft');
  const answers = (body as { answers?: unknown } | null)?.answers;
  const verdict = validator.validate(answers);
  if (!verdict.ok) throw new ValidationFailed('Some answers are not valid', verdict.issues);
}
