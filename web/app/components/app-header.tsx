import type { Me } from '../api/api-types';
import { useJson } from '../api/use-json';
import { useLocale } from '../i18n/locale';
import { BASE, type Route } from '../routing/router';
import { LanguageSwitch } from './language-switch';

/**
 * Brand, the app's views and the staff pages beside them (rounds, initiatives, administration for
 * administrators), the language, the user and logging out (a plain form post).
 */
export function AppHeader({ route }: { route: Route }) {
  const { words } = useLocale();
  const me = useJson<Me>('/api/me');
  const user = me.state === 'ready' ? me.data : null;
  return (
    <header class="top">
      <a class="brand" href={BASE}>
        Målbar
      </a>
      <nav aria-label={words.nav.label}>
        <a href={BASE} aria-current={route.view === 'overview' ? 'page' : undefined}>
          {words.nav.overview}
        </a>
        <a
          href={`${BASE}/units`}
          aria-current={route.view === 'tree' || route.view === 'indicator' ? 'page' : undefined}
        >
          {words.nav.tree}
        </a>
        <a href={`${BASE}/sick-leave`} aria-current={route.view === 'sick-leave' ? 'page' : undefined}>
          {words.nav.sickLeave}
        </a>
        <a href={`${BASE}/rounds`} aria-current={route.view.startsWith('round') ? 'page' : undefined}>
          {words.nav.rounds}
        </a>
        <a href="/dashboard/initiatives">{words.nav.initiatives}</a>
        {user?.isAdmin && (
          <a href={`${BASE}/admin/users`} aria-current={route.view.startsWith('admin-') ? 'page' : undefined}>
            {words.nav.administration}
          </a>
        )}
        {user?.isAdmin && <a href="/admin/queues">{words.nav.queues}</a>}
        <a href="/dashboard">{words.nav.classic}</a>
      </nav>
      <LanguageSwitch />
      <form method="post" action="/logout" class="logout">
        {user && <span class="user-name">{user.name}</span>} <button type="submit">{words.nav.logOut}</button>
      </form>
    </header>
  );
}
