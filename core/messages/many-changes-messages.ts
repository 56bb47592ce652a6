import { defineMessages } from './message-catalogue';

/**
 * What a view that judges many changes at once says about them (core/reports/many-changes-text.ts
 * builds the sentence): the report, the app's heatmap and a unit's indicators all say it alike.
 * `expected` is a number already written for the language ("0,6"); `together` says these are one
 * goal's changes among `total` the reader sees.
 */
export const manyChangesMessages = defineMessages({
  'manyChanges.heading': {
    da: 'Mange ændringer på én gang',
    nb: 'Mange endringer på én gang',
    en: 'Many changes at once',
  },
  'manyChanges.judged': {
    da: '{judged, plural, one {# ændring} other {# ændringer}} vurderet{together, select, yes { for dette mål} other {}}; {marked, number} markeret på 95 %-niveau.',
    nb: '{judged, plural, one {# endring} other {# endringer}} vurdert{together, select, yes { for dette målet} other {}}; {marked, number} markert på 95 %-nivå.',
    en: '{judged, plural, one {# change} other {# changes}} judged{together, select, yes { for this goal} other {}}; {marked, number} marked at 95 %.',
  },
  'manyChanges.byChance': {
    da: 'Alene ved tilfældighed ville omkring {expected} blive markeret, selv hvis intet havde ændret sig.',
    nb: 'Bare ved tilfeldighet ville omtrent {expected} blitt markert, selv om ingenting hadde endret seg.',
    en: 'By chance alone about {expected} would be marked even if nothing had changed.',
  },
  'manyChanges.holdAll': {
    da: '{hold, plural, =0 {Ingen af dem} other {#}} holder, når alle {judged, number} vurderes samlet (højst 5 % falske fund).',
    nb: '{hold, plural, =0 {Ingen av dem} other {#}} holder når alle {judged, number} vurderes samlet (høyst 5 % falske funn).',
    en: '{hold, plural, =0 {None of them hold} one {# holds} other {# hold}} when all {judged, number} are judged together (false discovery rate 5 %).',
  },
  'manyChanges.holdTogether': {
    da: '{hold, plural, =0 {Ingen} other {#}} af dem holder, når alle {total, number} ændringer, du kan se, vurderes samlet (højst 5 % falske fund).',
    nb: '{hold, plural, =0 {Ingen} other {#}} av dem holder når alle {total, number} endringene du kan se, vurderes samlet (høyst 5 % falske funn).',
    en: '{hold, plural, =0 {None of them hold} one {# of them holds} other {# of them hold}} when all {total, number} changes you can see are judged together (false discovery rate 5 %).',
  },
  'manyChanges.holds': { da: 'holder', nb: 'holder', en: 'holds' },
  'manyChanges.holdsWhy': {
    da: 'Holder, når alle de viste ændringer vurderes samlet (højst 5 % falske fund).',
    nb: 'Holder når alle de viste endringene vurderes samlet (høyst 5 % falske funn).',
    en: 'Holds when all the changes shown are judged together (false discovery rate 5 %).',
  },
  'manyChanges.mayBeChance': { da: 'kan være tilfældig', nb: 'kan være tilfeldig', en: 'may be chance' },
  'manyChanges.mayBeChanceWhy': {
    da: 'Markeret på 95 %-niveau, men blandt så mange ændringer kan den være tilfældig.',
    nb: 'Markert på 95 %-nivå, men blant så mange endringer kan den være tilfeldig.',
    en: 'Marked at 95 %, but among this many changes it may be chance.',
  },
});
