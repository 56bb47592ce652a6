import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { ownWords, passwordStrengthCheck } from '../../../core/staff/password-strength';

const check = passwordStrengthCheck({
  translations: en.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...en.dictionary },
});
const owner = ['anne.admin@aarhus.dk', 'Anne Admin', 'Aarhus Kommune'];

describe('password strength', () => {
  it.each([
    // [password, why it passes or fails]
    ['quiet-otter-harbour-48', null], // four unrelated words: zxcvbn score 4
    ['violet anchor meadow 93', null],
    ['short-one', 'at least 12 characters'], // 9 characters
    ['password1234', 'too easy to guess: '], // two entries of the common-passwords list: score 1
    ['qwertyuiop123', 'too easy to guess: '], // a keyboard row and a sequence
    ['aarhuskommune2024', 'too easy to guess: it is mostly'], // "2024" is all that is left of it: 4 < 6
    ['anne.admin-aarhus', 'too easy to guess: it is mostly'], // nothing of its own
    ['målbar-kommune-1', 'too easy to guess: it is mostly'], // site words: "1" is left
  ])('when the password is %j, then the issue is %j', (password, issue) => {
    const issues = check(password, owner);
    if (issue === null) expect(issues).toEqual([]);
    else {
      expect(issues).toHaveLength(1);
      expect(issues[0]!.field).toBe('newPassword');
      expect(issues[0]!.issue.startsWith(issue)).toBe(true);
    }
  });

  it('when the caller names the field, then the issue names it', () => {
    expect(check('short', owner, 'password')).toEqual([
      { field: 'password', issue: 'at least 12 characters', code: 'too_short', params: { min: 12 } },
    ]);
  });

  it("when the user's inputs are split, then every word of three letters or more is one of theirs", () => {
    const words = ownWords(['anne.admin@aarhus.dk', 'Bo Ek']);
    expect(words).toEqual(
      expect.arrayContaining(['anne.admin@aarhus.dk', 'anne', 'admin', 'aarhus', 'målbar']),
    );
    expect(words).not.toContain('bo'); // two letters: too short to say anything
    expect(words).not.toContain('dk');
  });
});
