import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { ValidationFailed } from '../../core/errors';
import { passwordStrengthCheck, type PasswordCheck } from '../../core/staff/password-strength';

let check: PasswordCheck | undefined;

/** Built on first use: the dictionaries take about 0.3 s to index, once per process. */
function strengthCheck(): PasswordCheck {
  check ??= passwordStrengthCheck({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  return check;
}

/** The words of a user a password must not lean on: e-mail, name, municipality. */
export interface PasswordOwner {
  email: string;
  name: string;
  municipalityName?: string;
}

/** Refuses a password that is too short or too easy to guess (422, naming the field). */
export function assertStrongPassword(password: string, owner: PasswordOwner, field = 'newPassword'): void {
  const inputs = [owner.email, owner.name, owner.municipalityName ?? ''].filter(Boolean);
  const issues = strengthCheck()(password, inputs, field);
  if (issues.length) throw new ValidationFailed('The password is not strong enough', issues);
}
