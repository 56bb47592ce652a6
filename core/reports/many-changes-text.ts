import type { Locale } from '../indicators/indicator-definition';
import type { ManyChanges } from '../statistics/false-discovery';

/**
 * What a view that judges many changes at once says about them, in words a council member reads:
 * the report, the app's heatmap and a unit's indicators all say it alike.
 */
export interface ManyChangesWords {
  heading: string;
  /**
   * "12 changes judged; 5 marked at 95 %. By chance alone about 0.6 would be marked even if nothing
   * had changed. 4 hold when all 12 are judged together (false discovery rate 5 %)." With
   * `together`, these are one goal's changes among that many the reader sees.
   */
  summary: (changes: ManyChanges, together?: number) => string;
  /** Beside a change marked at 95 % that holds when all are judged together. */
  holds: string;
  holdsWhy: string;
  /** Beside a change marked at 95 % that does not. */
  mayBeChance: string;
  mayBeChanceWhy: string;
}

/** "0,6", "9,6", "12": about how many, with one decimal while it is small. */
const about = (x: number, locale: Locale) => {
  const text = x < 10 ? x.toFixed(1) : String(Math.round(x));
  return locale === 'en' ? text : text.replace('.', ',');
};

const da: ManyChangesWords = {
  heading: 'Mange ændringer på én gang',
  summary: ({ judged, marked, expectedByChance, holdAtFdr }, together) =>
    [
      `${judged} ${judged === 1 ? 'ændring' : 'ændringer'} vurderet${together ? ' for dette mål' : ''}; ${marked} markeret på 95 %-niveau.`,
      `Alene ved tilfældighed ville omkring ${about(expectedByChance, 'da')} blive markeret, selv hvis intet havde ændret sig.`,
      marked === 0
        ? ''
        : together
          ? `${holdAtFdr || 'Ingen'} af dem holder, når alle ${together} ændringer, du kan se, vurderes samlet (højst 5 % falske fund).`
          : `${holdAtFdr || 'Ingen af dem'} holder, når alle ${judged} vurderes samlet (højst 5 % falske fund).`,
    ]
      .filter(Boolean)
      .join(' '),
  holds: 'holder',
  holdsWhy: 'Holder, når alle de viste ændringer vurderes samlet (højst 5 % falske fund).',
  mayBeChance: 'kan være tilfældig',
  mayBeChanceWhy: 'Markeret på 95 %-niveau, men blandt så mange ændringer kan den være tilfældig.',
};

const nb: ManyChangesWords = {
  heading: 'Mange endringer på én gang',
  summary: ({ judged, marked, expectedByChance, holdAtFdr }, together) =>
    [
      `${judged} ${judged === 1 ? 'endring' : 'endringer'} vurdert${together ? ' for dette målet' : ''}; ${marked} markert på 95 %-nivå.`,
      `Bare ved tilfeldighet ville omtrent ${about(expectedByChance, 'nb')} blitt markert, selv om ingenting hadde endret seg.`,
      marked === 0
        ? ''
        : together
          ? `${holdAtFdr || 'Ingen'} av dem holder når alle ${together} endringene du kan se, vurderes samlet (høyst 5 % falske funn).`
          : `${holdAtFdr || 'Ingen av dem'} holder når alle ${judged} vurderes samlet (høyst 5 % falske funn).`,
    ]
      .filter(Boolean)
      .join(' '),
  holds: 'holder',
  holdsWhy: 'Holder når alle de viste endringene vurderes samlet (høyst 5 % falske funn).',
  mayBeChance: 'kan være tilfeldig',
  mayBeChanceWhy: 'Markert på 95 %-nivå, men blant så mange endringer kan den være tilfeldig.',
};

const en: ManyChangesWords = {
  heading: 'Many changes at once',
  summary: ({ judged, marked, expectedByChance, holdAtFdr }, together) =>
    [
      `${judged} ${judged === 1 ? 'change' : 'changes'} judged${together ? ' for this goal' : ''}; ${marked} marked at 95 %.`,
      `By chance alone about ${about(expectedByChance, 'en')} would be marked even if nothing had changed.`,
      marked === 0
        ? ''
        : together
          ? `${holdAtFdr || 'None'} of them ${holdAtFdr === 1 ? 'holds' : 'hold'} when all ${together} changes you can see are judged together (false discovery rate 5 %).`
          : `${holdAtFdr || 'None of them'} ${holdAtFdr === 1 ? 'holds' : 'hold'} when all ${judged} are judged together (false discovery rate 5 %).`,
    ]
      .filter(Boolean)
      .join(' '),
  holds: 'holds',
  holdsWhy: 'Holds when all the changes shown are judged together (false discovery rate 5 %).',
  mayBeChance: 'may be chance',
  mayBeChanceWhy: 'Marked at 95 %, but among this many changes it may be chance.',
};

export const MANY_CHANGES_WORDS: Record<Locale, ManyChangesWords> = { da, nb, en };

/** Which mark a change gets: none unless its 95 % interval marks it. */
export function changeMark(change: {
  pValue?: number;
  holdsAtFdr?: boolean;
}): 'holds' | 'may-be-chance' | null {
  if (change.holdsAtFdr === undefined || change.pValue === undefined || !(change.pValue < 0.05)) return null;
  return change.holdsAtFdr ? 'holds' : 'may-be-chance';
}
