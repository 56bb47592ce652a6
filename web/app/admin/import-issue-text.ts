import type { Locale } from '../i18n/locale';
import type { ImportIssueWords } from '../i18n/words-organisation';

type Rule = [RegExp, (words: ImportIssueWords, match: RegExpExecArray) => string];

/** The import's problems as core/org words them, each matched to the reader's words. */
const RULES: Rule[] = [
  [/^give the unit a name/, (w) => w.noName],
  [/^give the unit a code/, (w) => w.noCode],
  [/^must be a whole number/, (w) => w.wholeNumber],
  [/^must be at least (\d+)/, (w, m) => w.atLeast(m[1]!)],
  [/^must be at most (\d+)/, (w, m) => w.atMost(m[1]!)],
  [/^at most (\d+) characters/, (w, m) => w.atMost(m[1]!)],
  [/^use letters, digits/, (w) => w.codeLetters],
  [/^must be area, institution or group/, (w) => w.kindWord],
  [/^no unit has the code (\S+),/, (w, m) => w.noParent(m[1]!)],
  [/^the code (\S+) is also on line (\d+)/, (w, m) => w.twice(m[1]!, m[2]!)],
  [/^the file is empty/, (w) => w.empty],
  [/^there are no units below the header/, (w) => w.noRows],
  [/^(\S+) is under .*an import does not move units/, (w, m) => w.moves(m[1]!)],
  [/^(\S+) is an? \w+ in the organisation; an import does not change/, (w, m) => w.kindChange(m[1]!)],
  [/^unknown column/, (w) => w.unknownColumn],
  [/^(\S+) is already the code of (.+)$/, (w, m) => w.codeTaken(m[1]!, m[2]!)],
  [/nothing goes under a group/, (w) => w.underGroup],
];

/**
 * One row's problem in the reader's language. English readers get the server's sentence (it says
 * more); a problem the app does not know yet is "check the cell" rather than English on a Danish screen.
 */
export function importIssueText(words: ImportIssueWords, locale: Locale, message: string): string {
  if (locale === 'en') return message;
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(message);
    if (match) return say(words, match);
  }
  return words.other;
}
