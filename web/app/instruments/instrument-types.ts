import type { LocalizedText } from '../../../core/indicators/indicator-definition';

/** GET /api/instruments (server/use-cases/own-instruments.ts). */
export interface InstrumentListing {
  key: string;
  builtIn: boolean;
  name: LocalizedText;
  versions: { version: number; fingerprint: string; publishedAt: string; publishedBy: string | null }[];
}

/** POST /api/instruments/drafts: a checked draft and where to preview it. */
export interface InstrumentDraft {
  id: string;
  key: string;
  version: number;
  preview: string;
  /** The version whose content it is exactly (publishing adds nothing), or null. */
  sameAs: number | null;
}

/** POST /api/instruments/drafts/:id/publish. */
export interface PublishedVersion {
  key: string;
  version: number;
  fingerprint: string;
  created: boolean;
}
