import { useLocale } from '../i18n/locale';
import { networkMessages } from '../../../core/messages/network-messages';
import { useMessages } from '../i18n/use-messages';
import { BASE } from '../routing/router';

export type AdminSection = 'users' | 'sso' | 'audit' | 'organisation' | 'networks';

/** The administration's sections. */
export function AdminNav({ current }: { current: AdminSection }) {
  const { sections } = useLocale().words.admin;
  const t = useMessages(networkMessages);
  const link = (section: AdminSection, text: string) => (
    <a href={`${BASE}/admin/${section}`} aria-current={section === current ? 'page' : undefined}>
      {text}
    </a>
  );
  return (
    <nav class="admin-nav" aria-label={sections.label}>
      {link('users', sections.users)}
      {link('sso', sections.sso)}
      {link('audit', sections.audit)}
      {link('organisation', sections.organisation)}
      {link('networks', t('networks.adminSection'))}
    </nav>
  );
}
