import { defineMessages } from './message-catalogue';

/**
 * A refused measured-figure row's or entry's problem in the reader's words, by the issue's `code`
 * (core/measured/measured-import-row.ts, measured-numbers-check.ts) with its `params`.
 */
export const measuredIssueMessages = defineMessages({
  'measuredIssue.giveNumerator': { da: 'angiv tælleren', nb: 'oppgi telleren', en: 'give the numerator' },
  'measuredIssue.giveDenominator': { da: 'angiv nævneren', nb: 'oppgi nevneren', en: 'give the denominator' },
  'measuredIssue.negative': { da: '{text} er negativt', nb: '{text} er negativt', en: '{text} is negative' },
  'measuredIssue.countHasNoDenominator': {
    da: 'et antal har ingen nævner',
    nb: 'et antall har ingen nevner',
    en: 'a count has no denominator',
  },
  'measuredIssue.shareAbove': {
    da: '{numerator} er mere end de {denominator}, det er en andel af',
    nb: '{numerator} er mer enn de {denominator} det er en andel av',
    en: '{numerator} is more than the {denominator} it is a share of',
  },
  'measuredIssue.givePersons': {
    da: 'angiv antal personer bag tallet; det skjules under {min}',
    nb: 'oppgi antall personer bak tallet; det skjules under {min}',
    en: 'give the persons behind the figure; it is hidden below {min}',
  },
  'measuredIssue.notPeople': {
    da: '»{text}« er ikke et helt antal personer',
    nb: '«{text}» er ikke et helt antall personer',
    en: '"{text}" is not a whole number of people',
  },
  'measuredIssue.notNumber': {
    da: '»{text}« er ikke et tal',
    nb: '«{text}» er ikke et tall',
    en: '"{text}" is not a number',
  },
  'measuredIssue.giveIndicator': {
    da: 'angiv nøgletallets nøgle eller KOSTRA-kode',
    nb: 'oppgi nøkkeltallets nøkkel eller KOSTRA-kode',
    en: 'give the indicator’s key or KOSTRA code',
  },
  'measuredIssue.noIndicator': {
    da: 'intet nøgletal har nøglen eller KOSTRA-koden »{text}«',
    nb: 'ingen nøkkeltall har nøkkelen eller KOSTRA-koden «{text}»',
    en: 'no measured indicator has the key or KOSTRA code "{text}"',
  },
  'measuredIssue.noUnit': {
    da: 'ingen enhed har koden »{code}«',
    nb: 'ingen enhet har koden «{code}»',
    en: 'no unit has the code "{code}"',
  },
  'measuredIssue.givePeriod': {
    da: 'angiv perioden, fx {example}',
    nb: 'oppgi perioden, f.eks. {example}',
    en: 'give the period, e.g. {example}',
  },
  'measuredIssue.notPeriod': {
    da: '»{text}« er ikke en periode for dette nøgletal; skriv fx {example}',
    nb: '«{text}» er ikke en periode for dette nøkkeltallet; skriv f.eks. {example}',
    en: '"{text}" is not a period of this indicator; write e.g. {example}',
  },
  'measuredIssue.sameAsLine': {
    da: 'samme nøgletal, enhed og periode som linje {line}',
    nb: 'samme nøkkeltall, enhet og periode som linje {line}',
    en: 'the same indicator, unit and period as line {line}',
  },
  'measuredIssue.fields': {
    da: 'har {count} felter, men overskriften har {header}',
    nb: 'har {count} felt, men overskriften har {header}',
    en: 'has {count} fields but the header has {header}',
  },
  'measuredIssue.sameColumn': {
    da: 'samme kolonne som »{heading}«',
    nb: 'samme kolonne som «{heading}»',
    en: 'the same column as "{heading}"',
  },
  'measuredIssue.missingColumn': {
    da: 'kolonnen {column} mangler',
    nb: 'kolonnen {column} mangler',
    en: 'the column {column} is missing',
  },
  'measuredIssue.empty': { da: 'filen er tom', nb: 'filen er tom', en: 'the file is empty' },
  'measuredIssue.noRows': {
    da: 'der er ingen rækker under overskriften',
    nb: 'det er ingen rader under overskriften',
    en: 'there are no rows below the header',
  },
});
