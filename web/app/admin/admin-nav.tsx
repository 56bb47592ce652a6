import { networkMessages } from '../../../core/messages/network-messages';
import { BASE } from '../routing/router';
import { adminMessages } from '../../../core/messages/admin-messages';
import { adminRetentionMessages } from '../../../core/messages/admin-retention-messages';
import { adminApiTokenMessages } from '../../../core/messages/admin-api-token-messages';
import { useMessages } from '../i18n/use-messages';

export type AdminSection =
  'users' | 'sso' | 'audit' | 'organisation' | 'networks' | 'retention' | 'api-tokens';

/** The administration's sections. */
export function AdminNav({ current }: { current: AdminSection }) {
  const t = useMessages(adminMessages);
  const tn = useMessages(networkMessages);
  const tr = useMessages(adminRetentionMessages);
  const ta = useMessages(adminApiTokenMessages);
  const link = (section: AdminSection, text: string) => (
    <a href={`${BASE}/admin/${section}`} aria-current={section === current ? 'page' : undefined}>
      {text}
    </a>
  );
  return (
    <nav class="admin-nav" aria-label={t('admin.section.label')}>
      {link('users', t('admin.section.users'))}
      {link('sso', t('admin.section.sso'))}
      {link('audit', t('admin.section.audit'))}
      {link('organisation', t('admin.section.organisation'))}
      {link('networks', tn('networks.adminSection'))}
      {link('retention', tr('admin.section.retention'))}
      {link('api-tokens', ta('admin.section.apiTokens'))}
    </nav>
  );
}
