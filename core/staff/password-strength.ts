import { ZxcvbnFactory, type OptionsType } from '@zxcvbn-ts/core';
import type { FieldIssue } from '../errors';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-length';

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

/** zxcvbn's score 3: about 10^8 guesses or more, "safely unguessable" against online guessing. */
export const MIN_PASSWORD_SCORE = 3;
/** What must be left of a password once the user's own words are taken out of it. */
const MIN_OWN_CHARACTERS = 6;

/** Words every Målbar password is checked against, besides the user's own. */
export const SITE_WORDS = ['målbar', 'malbar', 'maalbar', 'kommune', 'kommunen', 'kvalitet', 'password'];

export type PasswordCheck = (password: string, userInputs: string[], field?: string) => FieldIssue[];

// The codes screens translate by (the English `issue` stays for logs and API users).
const tooShort = { code: 'too_short', params: { min: MIN_PASSWORD_LENGTH } };
const tooLong = { code: 'too_long', params: { max: MAX_PASSWORD_LENGTH } };

/**
 * A strength check for new passwords: at least 12 characters, zxcvbn score 3 or more against its
 * dictionaries (passed in: the caller loads the language packs) and the user's own words (name,
 * e-mail, municipality), and not mostly those words — zxcvbn rates "aarhuskommune2024" a 3.
 * Pure and offline: nothing is sent anywhere.
 */
export function passwordStrengthCheck(options: OptionsType): PasswordCheck {
  const zxcvbn = new ZxcvbnFactory(options);
  return (password, userInputs, field = 'newPassword') => {
    if (password.length < MIN_PASSWORD_LENGTH)
      return [{ field, issue: `at least ${MIN_PASSWORD_LENGTH} characters`, ...tooShort }];
    if (password.length > MAX_PASSWORD_LENGTH)
      return [{ field, issue: `at most ${MAX_PASSWORD_LENGTH} characters`, ...tooLong }];
    const words = ownWords(userInputs);
    if (withoutWords(password, words).length < MIN_OWN_CHARACTERS)
      return [
        {
          field,
          issue: 'too easy to guess: it is mostly your name, e-mail or the municipality',
          code: 'own_words',
        },
      ];
    const result = zxcvbn.check(password, words);
    if (result.score >= MIN_PASSWORD_SCORE) return [];
    const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
    return [
      {
        field,
        issue: `too easy to guess: ${advice || 'add more words that are less common.'}`,
        code: 'weak',
      },
    ];
  };
}

/** The words of the user's inputs: "Anne Admin", "anne.admin@aarhus.dk" → anne, admin, aarhus, dk … */
export function ownWords(userInputs: string[]): string[] {
  const words = [...userInputs, ...SITE_WORDS]
    .flatMap((input) => [input, ...input.split(/[^\p{L}\p{N}]+/u)])
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= 3);
  return [...new Set(words)];
}

/** The letters and digits left once every word is taken out, longest words first. */
function withoutWords(password: string, words: string[]): string {
  let rest = password.toLowerCase();
  for (const word of [...words].sort((a, b) => b.length - a.length)) rest = rest.split(word).join(' ');
  return rest.replace(/[^\p{L}\p{N}]+/gu, '');
}
