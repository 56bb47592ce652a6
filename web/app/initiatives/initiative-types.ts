import type { AssessmentDimension } from '../../../core/initiatives/assessment';
import type { Sector } from '../../../core/initiatives/initiative';
import type { LocalizedText } from '../api/api-types';

/**
 * The initiative catalogue's JSON (server/use-cases/initiative-catalogue.ts), mirrored: the app
 * must not import the database layer; test/browser/initiatives-app.test.ts checks they still fit.
 */
export type { Sector };

/** The four kinds of case, in the catalogue's order (core/initiatives/initiative.ts SECTORS). */
export const SECTOR_ORDER: readonly Sector[] = ['daycare', 'school', 'elderly-care', 'cross-cutting'];

export interface Initiative {
  id: string;
  municipalityId: string;
  municipalityName: string;
  sector: Sector;
  title: string;
  description: string;
  contactUnit: { id: string; name: string; path: string };
  goals: { id: string; title: LocalizedText }[];
  assessment: Record<string, unknown> | null;
  assessmentVersionId: string | null;
  updatedAt: string;
}

export interface DimensionEstimate {
  dimension: AssessmentDimension;
  n: number;
  mean: number | null;
  low: number | null;
  high: number | null;
}

export interface SectorProfile {
  sector: Sector;
  assessed: number;
  dimensions: DimensionEstimate[];
}

export interface Catalogue {
  query: { q: string; sector?: Sector; municipalityId?: string };
  initiatives: Initiative[];
  profile: SectorProfile[];
  municipalities: { id: string; name: string }[];
  mayAdd: boolean;
}

/** A text of the assessment instrument: one string, or one per language ("default" is English). */
export type SurveyText = string | Record<string, string>;

export interface SurveyQuestion {
  type: string;
  name: string;
  title: SurveyText;
  description?: SurveyText;
  choices?: { value: number | string; text: SurveyText }[];
}

export interface InitiativeForm {
  initiative: Initiative | null;
  mayEdit: boolean;
  units: { id: string; name: string; depth: number }[];
  goals: { id: string; title: LocalizedText }[];
  /** The assessment instrument's SurveyJS definition (survey-definitions/initiative-assessment). */
  survey: { pages: { elements: SurveyQuestion[] }[] };
}

/** The catalogue shows at most this many hits (server CATALOGUE_LIMIT). */
export const CATALOGUE_LIMIT = 100;
