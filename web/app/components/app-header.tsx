import { useLocale } from '../i18n/locale';
import { BASE, type Route } from '../routing/router';
import { LanguageSwitch } from './language-switch';

/** Brand, the app's two views and the classic pages, the language, and logging out (a plain form post). */
export function AppHeader({ route }: { route: Route }) {
  const { words } = useLocale();
  return (
    <header class="top">
      <a class="brand" href={BASE}>
        Målbar
      </a>
      <nav aria-label={words.nav.label}>
        <a href={BASE} aria-current={route.view === 'overview' ? 'page' : undefined}>
          {words.nav.overview}
        </a>
        <a href={`${BASE}/units`} aria-current={route.view === 'tree' ? 'page' : undefined}>
          {words.nav.tree}
        </a>
        <a href="/dashboard">{words.nav.classic}</a>
      </nav>
      <LanguageSwitch />
      <form method="post" action="/logout" class="logout">
        <button type="submit">{words.nav.logOut}</button>
      </form>
    </header>
  );
}
