import { ValidationFailed } from '../../core/errors';
import { passwordStrengthCheck, type PasswordCheck } from '../../core/staff/password-strength';

let check: Promise<PasswordCheck> | undefined;

/**
 * Loaded and built on first use: the dictionaries take about 0.3 s to index and some 40 MB of
 * memory, which a worker or a server that never sets a password should not carry.
 */
function strengthCheck(): Promise<PasswordCheck> {
  check ??= Promise.all([import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([common, en]) =>
      passwordStrengthCheck({
        translations: en.translations,
        graphs: common.adjacencyGraphs,
        dictionary: { ...common.dictionary, ...en.dictionary },
      }),
  );
  return check;
}

/** The words of a user a password must not lean on: e-mail, name, municipality. */
export interface PasswordOwner {
  email: string;
  name: string;
  municipalityName?: string;
}

/** Refuses a password that is too short or too easy to guess (422, naming the field). */
export async function assertStrongPassword(
  password: string,
  owner: PasswordOwner,
  field = 'newPassword',
): Promise<void> {
  const inputs = [owner.email, owner.name, owner.municipalityName ?? ''].filter(Boolean);
  const issues = (await strengthCheck())(password, inputs, field);
  if (issues.length) throw new ValidationFailed('The password is not strong enough', issues);
}
