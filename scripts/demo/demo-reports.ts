import { READS_EVERYTHING } from '../../core/org/read-scope';
import type { Db, Tx } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { findContract } from '../../db/repositories/contracts';
import {
  adoptReport,
  findOrCreateReport,
  saveMedStatement,
  saveProcessEvaluation,
} from '../../db/repositories/follow-up-reports';
import { contentHashOf, viewOf } from '../../server/use-cases/follow-up-reports';

/** Last year's texts, as staff and the MED committee wrote them before the council adopted the report. */
const LAST_YEAR = {
  processEvaluations: [
    'Alle skoler har drøftet trivselsmålingen i klasserne. Mellemtrinnet kom hurtigt i gang; i udskolingen tog det længere tid at finde en form, eleverne tog alvorligt. Næste år inddrages elevrådene fra start.',
    'Antimobbestrategien blev opdateret sammen med elevrådene. Skolerne oplever, at eleverne nu ved, hvem de kan gå til.',
    'Første forældremåling i kontraktperioden: den er udgangspunktet for målet om stigende tilfredshed.',
    'Ældreplejen har ikke haft en måling i år; enhederne har arbejdet med deres egne indsatser.',
  ],
  medStatement:
    'Hoved-MED har drøftet redegørelsen den 18. november. Udvalget støtter, at trivselsarbejdet fortsætter i klasserne, og anbefaler, at der afsættes tid til det i lærernes opgaveoversigt.',
};

const THIS_YEAR_FIRST_GOAL =
  'Trivselsmålingen er gennemført på alle skoler. Skolelederne følger op på de klasser, hvor færre end 90 % trives.';

/** Writes last year's report texts and this year's first draft text (in the seed transaction). */
export async function seedDemoReportTexts(
  tx: Tx,
  municipalityId: string,
  contract: { contractId: string; goalIds: string[] },
  year: number,
): Promise<void> {
  const last = await findOrCreateReport(tx, {
    municipalityId,
    contractId: contract.contractId,
    year: year - 1,
  });
  for (const [i, goalId] of contract.goalIds.entries())
    await saveProcessEvaluation(tx, last.id, goalId, LAST_YEAR.processEvaluations[i] ?? '');
  await saveMedStatement(tx, last.id, LAST_YEAR.medStatement);
  const current = await findOrCreateReport(tx, { municipalityId, contractId: contract.contractId, year });
  await saveProcessEvaluation(tx, current.id, contract.goalIds[0]!, THIS_YEAR_FIRST_GOAL);
}

/**
 * Adopts last year's report once the demo's indicators are computed, as the council did: from then
 * on it is a snapshot, while this year's draft follows new answers.
 */
export async function adoptDemoReport(
  db: Db,
  deps: { instruments: InstrumentCache; now: () => Date },
  contractId: string,
  year: number,
  adoptedBy: string,
): Promise<void> {
  const contract = (await findContract(db, contractId))!;
  const record = await findOrCreateReport(db, { municipalityId: contract.municipalityId, contractId, year });
  if (record.status === 'adopted') return;
  const { report } = await viewOf(
    { db, instruments: deps.instruments, now: deps.now },
    contract,
    year,
    record,
    READS_EVERYTHING,
  );
  await adoptReport(db, record.id, {
    snapshot: report,
    contentHash: contentHashOf(report),
    adoptedBy,
    at: new Date(`${year}-12-10T13:00:00Z`),
  });
}
