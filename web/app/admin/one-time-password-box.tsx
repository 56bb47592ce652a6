import { FocusedNotice } from './focused-notice';
import { adminMessages } from '../../../core/messages/admin-messages';
import { useMessages } from '../i18n/use-messages';

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
  const t = useMessages(adminMessages);
  return (
    <FocusedNotice role="status" class="notice one-time" token={oneTimePassword ?? heading}>
      <p>
        <strong>{heading}</strong>
      </p>
      {oneTimePassword && (
        <>
          <p>
            {t('admin.oneTimeHeading')}. {t('admin.oneTimeFor', { email })}{' '}
            <code class="one-time-password">{oneTimePassword}</code>
          </p>
          <p class="once">{t('admin.oneTimeNote')}</p>
        </>
      )}
    </FocusedNotice>
  );
}
