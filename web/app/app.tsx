import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AuditView } from './admin/audit-view';
import { OrganisationView } from './admin/organisation-view';
import { SsoView } from './admin/sso-view';
import { UsersView } from './admin/users-view';
import { UserView } from './admin/user-view';
import { AppHeader } from './components/app-header';
import { initialLocale, LocaleContext, storeLocale, useLocale, WORDS, type Locale } from './i18n/locale';
import { IndicatorView } from './indicator/indicator-view';
import { OverviewView } from './overview/overview-view';
import { SickLeaveView } from './sick-leave/sick-leave-view';
import { NewRoundView } from './rounds/new-round-view';
import { RoundView } from './rounds/round-view';
import { RoundsView } from './rounds/rounds-view';
import { followAppLink, useRoute, type Route } from './routing/router';
import { TreeView } from './tree/tree-view';

/** The dashboard's frame: header with menu and language, and the view the address asks for. */
export function App() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const choice = useMemo(
    () => ({
      locale,
      words: WORDS[locale],
      setLocale: (l: Locale) => {
        storeLocale(l);
        setLocale(l);
      },
    }),
    [locale],
  );
  const route = useRoute();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  useFocusOnNavigation(route);
  const words = choice.words;
  return (
    <LocaleContext.Provider value={choice}>
      <div onClick={followAppLink}>
        <a class="skip" href="#main">
          {words.skipToContent}
        </a>
        <AppHeader route={route} />
        <main id="main" tabIndex={-1}>
          <View route={route} />
        </main>
      </div>
    </LocaleContext.Provider>
  );
}

function View({ route }: { route: Route }) {
  if (route.view === 'overview') return <OverviewView contractId={route.contractId} year={route.year} />;
  if (route.view === 'tree') return <TreeView unitId={route.unitId} goalId={route.goalId} />;
  if (route.view === 'indicator') return <IndicatorView address={route} key={indicatorKeyOf(route)} />;
  if (route.view === 'sick-leave')
    return <SickLeaveView unitId={route.unitId} granularity={route.granularity} />;
  if (route.view === 'rounds') return <RoundsView />;
  if (route.view === 'round-new') return <NewRoundView instrument={route.instrument} />;
  if (route.view === 'round') return <RoundView roundId={route.roundId} key={route.roundId} />;
  if (route.view === 'admin-users') return <UsersView />;
  if (route.view === 'admin-user') return <UserView userId={route.userId} key={route.userId} />;
  if (route.view === 'admin-sso') return <SsoView />;
  if (route.view === 'admin-audit') return <AuditView filter={route.filter} />;
  if (route.view === 'admin-organisation') return <OrganisationView editId={route.editId} />;
  return <NotFound />;
}

const indicatorKeyOf = (r: { unitId: string; instrumentKey: string; indicatorKey: string }) =>
  `${r.unitId}/${r.instrumentKey}/${r.indicatorKey}`;

function NotFound() {
  return <h1>{useLocale().words.notFound}</h1>;
}

/**
 * After an in-app navigation the focus moves to the new view's heading, as a page load would put
 * it at the top: keyboard and screen-reader users start reading the new view, not the old link.
 */
function useFocusOnNavigation(route: Route) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Choosing another year in a select navigates too; the focus stays there to choose again.
    if (document.activeElement instanceof HTMLSelectElement) return;
    // A view that put the focus on the result of the navigation (a notice, a form it opened) keeps it.
    if (document.activeElement?.closest('[data-keeps-focus]')) return;
    const main = document.getElementById('main');
    const heading = main?.querySelector<HTMLElement>('h1');
    if (heading) heading.tabIndex = -1;
    (heading ?? main)?.focus();
  }, [route]);
}
