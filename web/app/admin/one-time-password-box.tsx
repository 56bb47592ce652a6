import { useLocale } from '../i18n/locale';
import { FocusedNotice } from './focused-notice';

/**
 * A new user's (or a reset's) one-time password, focused as it appears: the administrator passes
 * it on now, for it is shown only here, once (the server keeps only its hash).
 */
export function OneTimePasswordBox({
  heading,
  email,
  oneTimePassword,
}: {
  heading: string;
  email: string;
  oneTimePassword: string | null;
}) {
  const { admin } = useLocale().words;
  return (
    <FocusedNotice role="status" class="notice one-time" token={oneTimePassword ?? heading}>
      <p>
        <strong>{heading}</strong>
      </p>
      {oneTimePassword && (
        <>
          <p>
            {admin.oneTimeHeading}. {admin.oneTimeFor(email)}{' '}
            <code class="one-time-password">{oneTimePassword}</code>
          </p>
          <p class="once">{admin.oneTimeNote}</p>
        </>
      )}
    </FocusedNotice>
  );
}
