import { ASSESSMENT_DIMENSIONS, CANNOT_ASSESS } from '../../core/initiatives/assessment';
import type { Sector } from '../../core/initiatives/initiative';
import type { OrgUnit } from '../../core/org/org-unit';
import { compileValidator } from '../../core/surveys/compile-validator';
import type { Tx } from '../../db/database';
import { createInitiative, findCurrentAssessmentVersionId } from '../../db/repositories/initiatives';
import { findInstrumentVersion } from '../../db/repositories/instrument-versions';
import type { DemoOrganisation } from './demo-organisation';

interface DemoInitiative {
  sector: Sector;
  unit: (org: DemoOrganisation) => OrgUnit | undefined;
  /** Positions in the demo contract's goals (pupil wellbeing, not bullied, parents, care users). */
  goals: number[];
  title: string;
  description: string;
  /** sts, lts, ei, es, ci, cs, sl on 1-4; 0 stands for cannot assess; null = not assessed. */
  ratings: number[] | null;
  note?: string;
}

/** Kinds of case the KL/KTO report describes (seed 003), written anew for Demo Kommune. */
const DEMO_INITIATIVES: DemoInitiative[] = [
  {
    sector: 'school',
    unit: (org) => org.schools[0],
    goals: [0, 1],
    title: 'Lærerteams planlægger undervisningen sammen',
    description:
      'Lærerne på hver årgang har to timer om ugen til fælles planlægning. Teamet aftaler selv, hvad tiden bruges på, og deler forløb, der virker. Elevrådet giver hvert halve år en tilbagemelding på undervisningen.',
    ratings: [1, 2, 4, 4, 3, 3, 3],
    note: 'Trivselsmålingen steg i de klasser, hvor teamet mødtes fast. Besparelser er ikke målt.',
  },
  {
    sector: 'school',
    unit: (org) => org.schools[1],
    goals: [0],
    title: 'Mindre støj i klasselokalerne',
    description:
      'Lærere og elever målte støjen i alle klasser i en måned. På den baggrund kom der lydabsorberende plader, filtdupper på stolene og faste stille perioder. Lærerne oplever at gå mindre trætte hjem.',
    ratings: [2, 3, 3, 3, 3, 3, 2],
  },
  {
    sector: 'daycare',
    unit: (org) => org.daycares[0],
    goals: [2],
    title: 'Ugens aktiviteter efter personalets styrker',
    description:
      'Hver pædagog står for aktiviteter inden for sit eget felt, fx bevægelse, musik eller natur, og personalet fordeler selv opgaverne på et planlægningsmøde om fredagen. Forældrene fremhæver de varierede dage.',
    ratings: [0, 2, 4, 4, 2, 4, 4],
    note: 'Sygefraværet faldt fra 6,1 % til 3,8 % på et år.',
  },
  {
    sector: 'elderly-care',
    unit: (org) => org.careUnits[0],
    goals: [3],
    title: 'Faste teams i hjemmeplejen',
    description:
      'Borgerne besøges af et fast team på fire til seks medarbejdere, der selv lægger køreplanen for ugen. Færre nye ansigter i hjemmet, og mindre tid går med at køre mellem besøgene.',
    ratings: [3, 3, 4, 3, 3, 4, 2],
  },
  {
    sector: 'elderly-care',
    unit: (org) => org.careUnits[1],
    goals: [],
    title: 'Forflytningsvejledere blandt kollegerne',
    description:
      'To medarbejdere på hver afdeling er uddannet forflytningsvejledere og oplærer kollegerne i løfteteknik og brug af hjælpemidler. Hver afdeling har nu sit eget depot med lifte og glidestykker.',
    ratings: [2, 3, 3, 3, 1, 3, 4],
    note: 'Færre arbejdsskader efter løft; borgerne oplever roligere forflytninger.',
  },
  {
    sector: 'cross-cutting',
    unit: (org) => org.root,
    goals: [],
    title: 'Netværk for kvalitetsudvikling på tværs',
    description:
      'Medarbejdere fra skoler, dagtilbud og ældrepleje mødes hvert kvartal og fremlægger egne forsøg for hinanden. Det, der virker, skrives ind i kommunens initiativkatalog, så andre kan bygge videre på det.',
    ratings: null,
  },
];

const answersOf = (ratings: number[], note?: string): Record<string, unknown> => ({
  ...Object.fromEntries(
    ASSESSMENT_DIMENSIONS.map((d, i) => [d, ratings[i] === 0 ? CANNOT_ASSESS : ratings[i]]),
  ),
  ...(note ? { assessment_note: note } : {}),
});

/**
 * Demo Kommune's initiative catalogue: six initiatives over the four sectors, most of them assessed.
 * The answers are checked against the registered instrument first, so the demo never stores what
 * the server would refuse. `goalIds` in the demo contract's order; positions not given are skipped.
 */
export async function seedDemoInitiatives(
  tx: Tx,
  municipalityId: string,
  units: DemoOrganisation,
  goalIds: string[],
): Promise<string[]> {
  const versionId = await findCurrentAssessmentVersionId(tx);
  const version = versionId ? await findInstrumentVersion(tx, versionId) : undefined;
  if (!version) throw new Error('survey-definitions/initiative-assessment is not registered');
  const validator = compileValidator(version.survey, 'initiative-assessment');
  const ids: string[] = [];
  for (const demo of DEMO_INITIATIVES) {
    const assessment = demo.ratings && answersOf(demo.ratings, demo.note);
    if (assessment && !validator.validate(assessment).ok)
      throw new Error(`demo "${demo.title}" is not valid`);
    ids.push(
      await createInitiative(tx, {
        municipalityId,
        sector: demo.sector,
        title: demo.title,
        description: demo.description,
        contactUnitId: (demo.unit(units) ?? units.root).id,
        goalIds: demo.goals.map((i) => goalIds[i]).filter((id): id is string => id !== undefined),
        assessment,
        assessmentVersionId: assessment ? version.id : null,
      }),
    );
  }
  return ids;
}
