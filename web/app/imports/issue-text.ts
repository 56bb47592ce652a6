import { importIssueMessages } from '../../../core/messages/import-issue-messages';
import type { Translate } from '../../../core/messages/message-catalogue';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';

type T = Translate<typeof importIssueMessages>;
type Rule = [RegExp, (t: T, m: RegExpExecArray) => string];

/** The imports' problems as core words them (sick leave, key figures, file checks), in the reader's words. */
const RULES: Rule[] = [
  [/^give the number of day-works/, (t) => t('importIssue.giveDays')],
  [/^"(.*)" is not a whole number of people/, (t, m) => t('importIssue.notPeople', { text: m[1]! })],
  [/^"(.*)" is not a number/, (t, m) => t('importIssue.notNumber', { text: m[1]! })],
  [/^(\S+) is negative/, (t, m) => t('importIssue.negative', { text: m[1]! })],
  [/^give the unit's code/, (t) => t('importIssue.giveCode')],
  [/^no unit has the code "(.*)"/, (t, m) => t('importIssue.noUnit', { code: m[1]! })],
  [/^give the month or quarter/, (t) => t('importIssue.givePeriod')],
  [/^"(.*)" is not a month or quarter/, (t, m) => t('importIssue.notPeriod', { text: m[1]! })],
  [/^"(.*)" is not a year/, (t, m) => t('importIssue.notYear', { text: m[1]! })],
  [
    /^(?:together )?(\S+) days, more than the (\S+) sick days/,
    (t, m) => t('importIssue.partsOverSick', { days: m[1]!, sick: m[2]! }),
  ],
  [
    /^(\S+) sick days, more than the (\S+) planned/,
    (t, m) => t('importIssue.sickOverPlanned', { sick: m[1]!, planned: m[2]! }),
  ],
  [
    /^has (\d+) fields but the header has (\d+)/,
    (t, m) => t('importIssue.fields', { count: m[1]!, header: m[2]! }),
  ],
  [/^the same .* as line (\d+)/, (t, m) => t('importIssue.sameAsLine', { line: m[1]! })],
  [/^(\S+) overlaps (\S+)/, (t, m) => t('importIssue.overlaps', { period: m[1]!, other: m[2]! })],
  [/^the same column as "(.*)"/, (t, m) => t('importIssue.sameColumn', { heading: m[1]! })],
  [/^the column is missing/, (t) => t('importIssue.missingColumn')],
  [/^the column has no heading/, (t) => t('importIssue.noHeading')],
  [/^unknown column/, (t) => t('importIssue.unknownColumn')],
  [/^the file is empty/, (t) => t('importIssue.empty')],
  [/^there are no (rows|figures) below the header/, (t) => t('importIssue.noRows')],
  [/^missing/, (t) => t('importIssue.missing')],
  [/^longer than (\d+) characters/, (t, m) => t('importIssue.tooLong', { count: m[1]! })],
  [/^the file is an old Excel workbook/, (t) => t('importIssue.oldExcel')],
  [/^the file is neither CSV/, (t) => t('importIssue.notSpreadsheet')],
  [
    /^has a cell in column (\S+); at most (\d+) columns/,
    (t, m) => t('importIssue.tooFarRight', { column: m[1]!, max: m[2]! }),
  ],
];

/**
 * Says an import's problem and the place it names in the reader's language. English readers get
 * the server's sentence (it says the most); a problem the app does not know is "check the cell"
 * rather than English on a Danish screen: the line and column still say where.
 */
export function useIssueText(): { issue: (message: string) => string; place: (field: string) => string } {
  const { locale } = useLocale();
  const t = useMessages(importIssueMessages);
  const issue = (message: string) => {
    if (locale === 'en') return message;
    for (const [pattern, say] of RULES) {
      const match = pattern.exec(message);
      if (match) return say(t, match);
    }
    return t('importIssue.other');
  };
  const place = (field: string) => {
    if (locale === 'en') return field;
    const row = /^row (\d+)$/.exec(field);
    if (row) return t('importIssue.row', { row: row[1]! });
    return field === 'file' || field === '(file)' || field === '(body)' ? t('importIssue.file') : field;
  };
  return { issue, place };
}
