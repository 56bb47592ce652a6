import { ASSESSMENT_INSTRUMENT_KEY } from '../../core/initiatives/assessment';
import type { IndicatorDefinition, LocalizedText } from '../../core/indicators/indicator-definition';
import { MEASURED_INSTRUMENT_KEY } from '../../core/measured/measured-definition';
import { MEASURED_TITLE, measuredText, measuredValueUnit } from '../../core/measured/measured-goal';
import {
  SICK_LEAVE_INSTRUMENT_KEY,
  SICK_LEAVE_RATE_KEY,
  SICK_LEAVE_RATE_LABEL,
  SICK_LEAVE_TITLE,
} from '../../core/sick-leave/sick-leave-goal';
import type { DbOrTx } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { listLatestInstrumentVersions } from '../../db/repositories/instrument-versions';
import { listMeasuredDefinitions } from '../../db/repositories/measured-definitions';

/** What a goal can be measured on: each instrument's indicators in its newest version (built-in and own). */
export interface InstrumentIndicatorChoice {
  instrumentKey: string;
  instrumentTitle: LocalizedText;
  indicators: {
    key: string;
    label: LocalizedText;
    unit: IndicatorDefinition['unit'];
    breakdowns: { key: string; label: LocalizedText }[];
  }[];
}

export async function loadIndicatorCatalogue(
  db: DbOrTx,
  instruments: InstrumentCache,
  municipalityId: string,
): Promise<InstrumentIndicatorChoice[]> {
  const choices: InstrumentIndicatorChoice[] = [];
  for (const { id, instrumentKey } of await listLatestInstrumentVersions(db, municipalityId)) {
    // The initiative assessment rates cases, not services: no goal is measured on it.
    if (instrumentKey === ASSESSMENT_INSTRUMENT_KEY) continue;
    const loaded = await instruments.get(id);
    const { indicators, breakdowns } = loaded.indicators;
    // Distributions are one share per answer; a goal is set on the whole indicator instead.
    const measurable = indicators.filter((i) => !i.key.includes('--'));
    if (measurable.length === 0) continue;
    choices.push({
      instrumentKey,
      instrumentTitle: titleOf(loaded.version.survey, instrumentKey),
      indicators: measurable.map((i) => ({
        key: i.key,
        label: i.label,
        unit: i.unit,
        breakdowns: breakdowns
          .filter((b) => i.breakdowns.includes(b.key))
          .map((b) => ({ key: b.key, label: b.label })),
      })),
    });
  }
  return choices;
}

/**
 * What a goal can be measured on: the surveys' indicators, sick leave, whose one indicator is
 * the sick-leave rate (a share: 0.05 is 5 %), measured over periods rather than rounds, and the
 * municipality's own measured indicators (a share is 0..1 too; rates, means and counts read as
 * the numbers they are), measured over their years. Neither of the last two has breakdowns.
 */
export async function loadGoalCatalogue(
  db: DbOrTx,
  instruments: InstrumentCache,
  municipalityId: string,
): Promise<InstrumentIndicatorChoice[]> {
  const measured = await listMeasuredDefinitions(db, municipalityId);
  return [
    ...(await loadIndicatorCatalogue(db, instruments, municipalityId)),
    {
      instrumentKey: SICK_LEAVE_INSTRUMENT_KEY,
      instrumentTitle: SICK_LEAVE_TITLE,
      indicators: [{ key: SICK_LEAVE_RATE_KEY, label: SICK_LEAVE_RATE_LABEL, unit: 'share', breakdowns: [] }],
    },
    ...(measured.length === 0
      ? []
      : [
          {
            instrumentKey: MEASURED_INSTRUMENT_KEY,
            instrumentTitle: MEASURED_TITLE,
            indicators: measured.map((d) => ({
              key: d.key,
              label: measuredText(d.title),
              unit: measuredValueUnit(d),
              breakdowns: [],
            })),
          },
        ]),
  ];
}

function titleOf(survey: unknown, fallback: string): LocalizedText {
  const title = (survey as { title?: unknown }).title;
  if (typeof title === 'string') return { da: title, nb: title, en: title };
  const t = (title ?? {}) as Partial<Record<'default' | 'da' | 'nb' | 'en', string>>;
  const any = t.da ?? t.default ?? t.en ?? fallback;
  return { da: t.da ?? any, nb: t.nb ?? any, en: t.en ?? t.default ?? any };
}
