import type { LocalizedText } from '../api/api-types';
import type { UnitKind } from '../../../core/org/org-unit';
import type { AuditAction } from '../../../core/audit/audit-action';
import type { StaffRole } from '../../../core/staff/staff-input';

export type { StaffRole };

/** The roles in the order they are offered (core/staff/staff-input.ts's STAFF_ROLES, which brings zod along). */
export const ROLES: readonly StaffRole[] = ['admin', 'consultant', 'leader', 'viewer'];

// The administration APIs' answers as JSON (dates as ISO text); test/browser checks they still fit.

/** GET /api/admin/users: one user. */
export interface AdminUser {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  scopeUnitId: string;
  scopeUnitName: string;
  lastLoginAt: string | null;
  deactivatedAt: string | null;
}

/** GET /api/admin/organisation: the tree's rows, for choosing a scope. */
export interface OrganisationRows {
  rows: { id: string; name: string; kind: string; depth: number }[];
}

/** Someone who signed in with the municipality's account and waits for a role. */
export interface WaitingUser {
  id: string;
  email: string;
  name: string;
  lastSeenAt: string;
}

export interface GroupMapping {
  groupKey: string;
  role: StaffRole;
  scopeUnitId: string;
  scopeUnitName: string;
}

/** GET /api/admin/api-tokens: never a token or its hash. */
export interface ApiTokenList {
  tokens: {
    id: string;
    name: string;
    role: StaffRole;
    scopeUnitId: string;
    scopeUnitName: string;
    createdByName: string;
    createdAt: string;
    lastUsedOn: string | null;
    revokedAt: string | null;
  }[];
}

/** GET /api/admin/retention (the server's RetentionView). */
export interface RetentionAdmin {
  policy: { answersKeptYears: number; commentsKeptMonths: number };
  limits: { answersKeptYears: readonly [number, number]; commentsKeptMonths: readonly [number, number] };
  rounds: {
    roundId: string;
    title: LocalizedText;
    closesOn: string;
    reportAdoptedOn: string | null;
    responses: number;
    commentsDueOn: string;
    answersDueOn: string;
    answersFrom: 'report' | 'closing';
    commentsDeletedOn: string | null;
    answersDeletedOn: string | null;
  }[];
}

/** POST /api/admin/retention/preview, and a 409's `pending` (the server's RetentionPreviewView). */
export interface RetentionPreview {
  answers: { rounds: RoundToDelete[]; responses: number };
  comments: { rounds: RoundToDelete[] };
}

export interface RoundToDelete {
  roundId: string;
  title: LocalizedText;
  responses: number;
}

/** GET /api/admin/sso. */
export interface SsoAdmin {
  redirectUri: string;
  settings: {
    issuer: string;
    clientId: string;
    hasClientSecret: true;
    groupsClaim: string;
    extraScopes: string;
    passwordsAllowed: boolean;
    updatedAt: string;
  } | null;
  mappings: GroupMapping[];
  waiting: WaitingUser[];
}

export interface AuditEventRow {
  id: number;
  at: string;
  installationWide: boolean;
  actor: string;
  action: AuditAction;
  subject: string | null;
  address: string | null;
  detail: Record<string, unknown>;
}

/** GET /api/admin/audit. */
export interface AuditTrail {
  events: AuditEventRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** A unit of the tree as /api/admin/organisation answers it. */
export interface OrganisationUnit {
  id: string;
  parentId: string | null;
  name: string;
  kind: UnitKind;
  code: string | null;
  grade: number | null;
  population: number | null;
  families: number | null;
  employees: number | null;
  depth: number;
  unitsBelow: number;
  childKind: UnitKind | null;
}

export interface OrganisationTree {
  rows: OrganisationUnit[];
  totals: Record<UnitKind, number>;
}

/** What an organisation import found (a preview) or did. */
export interface OrganisationImportReport {
  errors: { line: number; field: string; message: string }[];
  created: { line: number; code: string; name: string; kind: UnitKind; parent: string }[];
  updated: {
    line: number;
    code: string;
    name: string;
    changes: UnitChanges;
  }[];
  unchanged: number;
  applied: boolean;
}

/** What an import changes in a unit: only the fields it changes. */
export type UnitChanges = Partial<
  Record<'name' | 'code' | 'grade' | 'population' | 'families' | 'employees', string | number>
>;
