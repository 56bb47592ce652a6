import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AccountView } from './account/account-view';
import { AuditView } from './admin/audit-view';
import { NetworksView } from './admin/networks-view';
import { BenchmarksView } from './benchmarks/benchmarks-view';
import { NetworkView } from './network/network-view';
import { SickLeaveImportView } from './sick-leave/sick-leave-import-view';
import { OrganisationView } from './admin/organisation-view';
import { ApiTokensView } from './admin/api-tokens-view';
import { RetentionView } from './admin/retention-view';
import { SsoView } from './admin/sso-view';
import { UsersView } from './admin/users-view';
import { UserView } from './admin/user-view';
import { AppHeader } from './components/app-header';
import { ContractEditView } from './contracts/contract-edit-view';
import { ContractsView } from './contracts/contracts-view';
import { GoalNewView } from './contracts/goal-new-view';
import { GoalView } from './contracts/goal-view';
import { appMessages } from '../../core/messages/app-messages';
import { formatMessage } from '../../core/messages/message-catalogue';
import { initialLocale, LocaleContext, storeLocale, type Locale } from './i18n/locale';
import { useMessages } from './i18n/use-messages';
import { IndicatorView } from './indicator/indicator-view';
import { InitiativeView } from './initiatives/initiative-view';
import { InitiativesView } from './initiatives/initiatives-view';
import { OverviewView } from './overview/overview-view';
import { ReportView } from './report/report-view';
import { SickLeaveView } from './sick-leave/sick-leave-view';
import { NewRoundView } from './rounds/new-round-view';
import { RoundView } from './rounds/round-view';
import { RoundsView } from './rounds/rounds-view';
import { followAppLink, useRoute, type Route } from './routing/router';
import { TreeView } from './tree/tree-view';
import { MeasuredFiguresView } from './measured/measured-figures-view';
import { MeasuredImportView } from './measured/measured-import-view';
import { MeasuredListView } from './measured/measured-list-view';
import { InstrumentsView } from './instruments/instruments-view';

/** The dashboard's frame: header with menu and language, and the view the address asks for. */
export function App() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const choice = useMemo(
    () => ({
      locale,
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
  return (
    <LocaleContext.Provider value={choice}>
      <div onClick={followAppLink}>
        <a class="skip" href="#main">
          {formatMessage(locale, appMessages['app.skipToContent'])}
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
  if (route.view === 'contracts') return <ContractsView />;
  if (route.view === 'contract-edit')
    return <ContractEditView contractId={route.contractId} key={route.contractId} />;
  if (route.view === 'goal-new')
    return <GoalNewView contractId={route.contractId} area={route.area} key={route.contractId} />;
  if (route.view === 'goal')
    return <GoalView goalId={route.goalId} created={route.created} key={route.goalId} />;
  if (route.view === 'sick-leave-import') return <SickLeaveImportView importId={route.importId} />;
  if (route.view === 'measured') return <MeasuredListView />;
  if (route.view === 'measured-figures')
    return <MeasuredFiguresView indicatorKey={route.key} period={route.period} key={route.key} />;
  if (route.view === 'measured-import') return <MeasuredImportView importId={route.importId} />;
  if (route.view === 'instruments') return <InstrumentsView />;
  if (route.view === 'benchmarks') return <BenchmarksView />;
  if (route.view === 'network')
    return <NetworkView instrumentKey={route.instrumentKey} indicatorKey={route.indicatorKey} />;
  if (route.view === 'admin-networks') return <NetworksView />;
  if (route.view === 'rounds') return <RoundsView />;
  if (route.view === 'round-new') return <NewRoundView instrument={route.instrument} />;
  if (route.view === 'round') return <RoundView roundId={route.roundId} key={route.roundId} />;
  if (route.view === 'admin-users') return <UsersView />;
  if (route.view === 'admin-user') return <UserView userId={route.userId} key={route.userId} />;
  if (route.view === 'admin-sso') return <SsoView />;
  if (route.view === 'admin-retention') return <RetentionView />;
  if (route.view === 'admin-api-tokens') return <ApiTokensView />;
  if (route.view === 'admin-audit') return <AuditView filter={route.filter} />;
  if (route.view === 'report')
    return (
      <ReportView contractId={route.contractId} year={route.year} key={`${route.contractId}/${route.year}`} />
    );
  if (route.view === 'initiatives') return <InitiativesView query={route.query} />;
  if (route.view === 'initiative')
    return <InitiativeView initiativeId={route.initiativeId} key={route.initiativeId ?? 'new'} />;
  if (route.view === 'admin-organisation') return <OrganisationView editId={route.editId} />;
  if (route.view === 'account') return <AccountView />;
  return <NotFound />;
}

const indicatorKeyOf = (r: { unitId: string; instrumentKey: string; indicatorKey: string }) =>
  `${r.unitId}/${r.instrumentKey}/${r.indicatorKey}`;

function NotFound() {
  const t = useMessages(appMessages);
  return <h1>{t('app.notFound')}</h1>;
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
