import type { Locale } from '../i18n/locale';
import { organisationImportMessages } from '../../../core/messages/organisation-import-messages';
import { translator, type Translate } from '../../../core/messages/message-catalogue';

type Rule = [RegExp, (t: Translate<typeof organisationImportMessages>, match: RegExpExecArray) => string];

/** The import's problems as core/org words them, each matched to the reader's words. */
const RULES: Rule[] = [
  [/^give the unit a name/, (t) => t('organisation.issue.noName')],
  [/^give the unit a code/, (t) => t('organisation.issue.noCode')],
  [/^must be a whole number/, (t) => t('organisation.issue.wholeNumber')],
  [/^must be at least (\d+)/, (t, m) => t('organisation.issue.atLeast', { min: m[1]! })],
  [/^must be at most (\d+)/, (t, m) => t('organisation.issue.atMost', { max: m[1]! })],
  [/^at most (\d+) characters/, (t, m) => t('organisation.issue.atMost', { max: m[1]! })],
  [/^use letters, digits/, (t) => t('organisation.issue.codeLetters')],
  [/^must be area, institution or group/, (t) => t('organisation.issue.kindWord')],
  [/^no unit has the code (\S+),/, (t, m) => t('organisation.issue.noParent', { code: m[1]! })],
  [
    /^the code (\S+) is also on line (\d+)/,
    (t, m) => t('organisation.issue.twice', { code: m[1]!, line: m[2]! }),
  ],
  [/^the file is empty/, (t) => t('organisation.issue.empty')],
  [/^there are no units below the header/, (t) => t('organisation.issue.noRows')],
  [
    /^(\S+) is under .*an import does not move units/,
    (t, m) => t('organisation.issue.moves', { code: m[1]! }),
  ],
  [
    /^(\S+) is an? \w+ in the organisation; an import does not change/,
    (t, m) => t('organisation.issue.kindChange', { code: m[1]! }),
  ],
  [/^unknown column/, (t) => t('organisation.issue.unknownColumn')],
  [
    /^(\S+) is already the code of (.+)$/,
    (t, m) => t('organisation.issue.codeTaken', { code: m[1]!, name: m[2]! }),
  ],
  [/nothing goes under a group/, (t) => t('organisation.issue.underGroup')],
];

/**
 * One row's problem in the reader's language. English readers get the server's sentence (it says
 * more); a problem the app does not know yet is "check the cell" rather than English on a Danish screen.
 */
export function importIssueText(locale: Locale, message: string): string {
  if (locale === 'en') return message;
  const t = translator(organisationImportMessages, locale);
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(message);
    if (match) return say(t, match);
  }
  return t('organisation.issue.other');
}
