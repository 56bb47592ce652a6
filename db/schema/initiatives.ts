import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { goals } from './indicators';
import { municipalities, orgUnits } from './organisation';
import { instrumentVersions } from './surveys';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * An initiative (a quality-development case, seed 003): what a municipality did in a sector, who to
 * ask about it, and, when rated, its assessment. The assessment answers are checked against the
 * instrument version stored beside them (survey-definitions/initiative-assessment).
 * `search` is derived by PostgreSQL (Danish stemming; Norwegian bokmål stems nearly alike), title first.
 */
export const initiatives = pgTable(
  'initiatives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    sector: text('sector', { enum: ['daycare', 'school', 'elderly-care', 'cross-cutting'] }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    contactUnitId: uuid('contact_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    assessment: jsonb('assessment'),
    assessmentVersionId: uuid('assessment_version_id').references(() => instrumentVersions.id),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', description), 'B')`,
      ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('initiatives_search_idx').using('gin', t.search),
    index('initiatives_sector_idx').on(t.sector),
    index('initiatives_municipality_idx').on(t.municipalityId),
    // Answers without the version they answer would be unreadable, and a version without answers meaningless.
    check(
      'assessment_has_version',
      sql`(${t.assessment} is null) = (${t.assessmentVersionId} is null) and (${t.assessment} is null or jsonb_typeof(${t.assessment}) = 'object')`,
    ),
  ],
);

/** The quality goals an initiative works towards (goals of its own municipality). */
export const initiativeGoals = pgTable(
  'initiative_goals',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.goalId] }),
    index('initiative_goals_goal_idx').on(t.goalId),
  ],
);
