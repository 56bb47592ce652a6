import type { Me } from '../api/api-types';
import { useJson } from '../api/use-json';
import { appMessages } from '../../../core/messages/app-messages';
import { useMessages } from '../i18n/use-messages';
import { BASE, type Route } from '../routing/router';
import { LanguageSwitch } from './language-switch';

/**
 * Brand, the app's views and the staff pages beside them (rounds, initiatives, administration for
 * administrators), the language, the user and logging out (a plain form post).
 */
export function AppHeader({ route }: { route: Route }) {
  const t = useMessages(appMessages);
  const me = useJson<Me>('/api/me');
  const user = me.state === 'ready' ? me.data : null;
  return (
    <header class="top">
      <a class="brand" href={BASE}>
        Målbar
      </a>
      <nav aria-label={t('nav.label')}>
        <a href={BASE} aria-current={route.view === 'overview' ? 'page' : undefined}>
          {t('nav.overview')}
        </a>
        <a
          href={`${BASE}/units`}
          aria-current={route.view === 'tree' || route.view === 'indicator' ? 'page' : undefined}
        >
          {t('nav.tree')}
        </a>
        <a href={`${BASE}/sick-leave`} aria-current={route.view === 'sick-leave' ? 'page' : undefined}>
          {t('nav.sickLeave')}
        </a>
        <a href="/dashboard/rounds">{t('nav.rounds')}</a>
        <a href="/dashboard/initiatives">{t('nav.initiatives')}</a>
        {user?.isAdmin && (
          <a href={`${BASE}/admin/users`} aria-current={route.view.startsWith('admin-') ? 'page' : undefined}>
            {t('nav.administration')}
          </a>
        )}
        {user?.isAdmin && <a href="/admin/queues">{t('nav.queues')}</a>}
        <a href="/dashboard">{t('nav.classic')}</a>
      </nav>
      <LanguageSwitch />
      <form method="post" action="/logout" class="logout">
        {user && <span class="user-name">{user.name}</span>} <button type="submit">{t('nav.logOut')}</button>
      </form>
    </header>
  );
}
