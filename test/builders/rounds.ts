import { randomBytes } from 'node:crypto';
import type { OrgUnit } from '../../core/org/org-unit';
import type { Db } from '../../db/database';
import { createRound, createRoundLink } from '../../db/repositories/rounds';

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export interface BuiltRound {
  roundId: string;
  /** The open link's code per unit id. */
  codes: Map<string, string>;
}

/** An open round (from a week ago to a month ahead) with an open link per unit. */
export function aRound(db: Db, versionIds: Record<string, string>, instrumentKey: string) {
  let units: OrgUnit[] = [];
  let period = { opensOn: isoDay(-7), closesOn: isoDay(30) };
  const builder = {
    forUnits(list: OrgUnit[]) {
      units = list;
      return builder;
    },
    closed() {
      period = { opensOn: isoDay(-60), closesOn: isoDay(-1) };
      return builder;
    },
    notYetOpen() {
      period = { opensOn: isoDay(10), closesOn: isoDay(40) };
      return builder;
    },
    async create(): Promise<BuiltRound> {
      const municipalityId = units[0]!.municipalityId;
      const roundId = await createRound(db, {
        municipalityId,
        instrumentVersionId: versionIds[instrumentKey]!,
        title: { da: `Runde ${instrumentKey}`, nb: `Runde ${instrumentKey}`, en: `Round ${instrumentKey}` },
        ...period,
      });
      const codes = new Map<string, string>();
      for (const unit of units) {
        const code = randomBytes(6).toString('hex');
        await createRoundLink(db, { code, municipalityId, roundId, unitId: unit.id });
        codes.set(unit.id, code);
      }
      return { roundId, codes };
    },
  };
  return builder;
}
