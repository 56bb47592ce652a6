import { ASSESSMENT_DIMENSIONS, CANNOT_ASSESS } from '../../core/initiatives/assessment';
import type { Sector } from '../../core/initiatives/initiative';
import type { OrgUnit } from '../../core/org/org-unit';
import { postJson } from '../support/http';

/** Seven ratings in the instrument's order (sts, lts, ei, es, ci, cs, sl); 0 stands for "cannot assess". */
export function anAssessment(ratings: number[], note?: string): Record<string, unknown> {
  if (ratings.length !== ASSESSMENT_DIMENSIONS.length) throw new Error('an assessment has seven ratings');
  const answers: Record<string, unknown> = Object.fromEntries(
    ASSESSMENT_DIMENSIONS.map((dimension, i) => [dimension, ratings[i] === 0 ? CANNOT_ASSESS : ratings[i]]),
  );
  return note === undefined ? answers : { ...answers, assessment_note: note };
}

/** An initiative as POST /api/initiatives takes it: `anInitiative(unit).inSector('school').rated([…])`. */
export function anInitiative(contactUnit: OrgUnit) {
  const body: Record<string, unknown> = {
    sector: 'school',
    title: 'Et initiativ',
    description: 'Hvad der blev gjort.',
    contactUnitId: contactUnit.id,
    goalIds: [],
    assessment: null,
  };
  const builder = {
    inSector(sector: Sector) {
      body.sector = sector;
      return builder;
    },
    titled(title: string, description: string) {
      Object.assign(body, { title, description });
      return builder;
    },
    towards(goalIds: string[]) {
      body.goalIds = goalIds;
      return builder;
    },
    rated(ratings: number[], note?: string) {
      body.assessment = anAssessment(ratings, note);
      return builder;
    },
    body: () => ({ ...body }),
    /** Adds it through the API as the logged-in user; returns the id (fails loudly otherwise). */
    async create(baseUrl: string, cookie: string): Promise<string> {
      const res = await postJson(`${baseUrl}/api/initiatives`, body, { cookie });
      if (res.status !== 201)
        throw new Error(`adding the initiative failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    },
  };
  return builder;
}
