import type { LocalizedText } from '../api/api-types';

/*
 * The rounds APIs' JSON as the app reads it (the app must not import the database layer; the
 * rounds browser test checks that the server's types still fit these).
 */
export type RoundState = 'not-yet-open' | 'open' | 'closed';

export interface RecomputeRun {
  id: string;
  roundId: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  processed: number;
  total: number | null;
  error: string | null;
  finishedAt: string | null;
}

export interface ReleaseView {
  seq: number;
  kind: 'interim' | 'final';
  releasedAt: string;
  hiddenCells: number;
  hiddenRespondents: number;
}

export interface RoundOverview {
  id: string;
  title: LocalizedText;
  instrumentKey: string;
  opensOn: string;
  closesOn: string;
  personalLinksOnly: boolean;
  responses: number;
  lastRun: RecomputeRun | null;
  releases: ReleaseView[];
  state: RoundState;
}

/** GET /api/rounds */
export interface RoundsOverview {
  rounds: RoundOverview[];
  mayRecompute: boolean;
  mayRelease: boolean;
  today: string;
}

export interface UnitDistribution {
  unitId: string;
  unitName: string;
  parentId: string | null;
  parentName: string | null;
  url: string | null;
  answers: number;
  tokensIssued: number;
  tokensSpent: number;
  expected: number | null;
  expectedFrom: 'population' | 'links' | null;
  rate: number | null;
  overPopulation: { note: LocalizedText } | null;
}

/** GET /api/rounds/:id/response-rates (and each event of its stream) */
export interface RoundDistribution {
  round: {
    id: string;
    title: LocalizedText;
    opensOn: string;
    closesOn: string;
    state: string;
    personalLinksOnly: boolean;
  };
  /** One page, as the query asked. */
  units: UnitDistribution[];
  page: { offset: number; limit: number; matching: number };
  flagged: number;
  parents: { unitId: string; name: string; units: number }[];
  /** Every unit in scope. */
  total: { units: number; answers: number; expected: number | null; rate: number | null };
  mayIssueTokens: boolean;
  openLinksWithheld: { reason: string; note: LocalizedText } | null;
  linkPolicy: { mayTurnOn: boolean; mayTurnOff: boolean };
}

/** The response rate page's filters, as the query string sends them. */
export interface RateQuery {
  offset: number;
  under: string;
  q: string;
  flagged: boolean;
  order: 'name' | 'rate' | 'answers';
}

/** GET /api/rounds/:id/units: the units to send links to, by parent. */
export interface RoundUnitChoices {
  groups: {
    parentId: string | null;
    parentName: string | null;
    units: { unitId: string; unitName: string }[];
  }[];
}

/** GET /api/rounds/:id/invitations */
export interface InvitationCounts {
  invited: number;
  waiting: number;
  remindersSent: number;
}

/** GET /api/rounds/new?instrument= */
export interface NewRoundForm {
  instruments: { versionId: string; instrumentKey: string; title: LocalizedText }[];
  chosen: { versionId: string; instrumentKey: string; title: LocalizedText } | null;
  units: { id: string; name: string; kind: string; depth: number; askable: boolean }[];
  defaultUnitIds: string[];
  today: string;
}

/** The most personal links (and invitations) one batch makes (server/use-cases/issue-tokens.ts). */
export const MAX_PER_BATCH = 2000;
