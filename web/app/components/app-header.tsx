import type { Me } from '../api/api-types';
import { useJson } from '../api/use-json';
import { appMessages } from '../../../core/messages/app-messages';
import { contractMessages } from '../../../core/messages/contract-messages';
import { useMessages } from '../i18n/use-messages';
import { BASE, type Route } from '../routing/router';
import { importMessages } from '../../../core/messages/import-messages';
import { networkMessages } from '../../../core/messages/network-messages';
import { measuredMessages } from '../../../core/messages/measured-messages';
import { instrumentMessages } from '../../../core/messages/instrument-messages';
import { LanguageSwitch } from './language-switch';

/**
 * Brand, every staff view (administration for administrators, the job queues' own board beside
 * it), the language, the user (her account) and logging out (a plain form post).
 */
export function AppHeader({ route }: { route: Route }) {
  const t = useMessages(appMessages);
  const tc = useMessages(contractMessages);
  const me = useJson<Me>('/api/me');
  const user = me.state === 'ready' ? me.data : null;
  const imports = useMessages(importMessages);
  const networks = useMessages(networkMessages);
  const measured = useMessages(measuredMessages);
  const instruments = useMessages(instrumentMessages);
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
        <a
          href={`${BASE}/contracts`}
          aria-current={
            ['contracts', 'contract-edit', 'goal-new', 'goal'].includes(route.view) ? 'page' : undefined
          }
        >
          {tc('contracts.nav')}
        </a>
        <a href={`${BASE}/rounds`} aria-current={route.view.startsWith('round') ? 'page' : undefined}>
          {t('nav.rounds')}
        </a>
        <a
          href={`${BASE}/sick-leave`}
          aria-current={route.view.startsWith('sick-leave') ? 'page' : undefined}
        >
          {t('nav.sickLeave')}
        </a>
        <a href={`${BASE}/measured`} aria-current={route.view.startsWith('measured') ? 'page' : undefined}>
          {measured('measured.nav')}
        </a>
        {user?.isQualityStaff && (
          <a href={`${BASE}/benchmarks`} aria-current={route.view === 'benchmarks' ? 'page' : undefined}>
            {imports('imports.navBenchmarks')}
          </a>
        )}
        <a href={`${BASE}/network`} aria-current={route.view === 'network' ? 'page' : undefined}>
          {networks('networks.nav')}
        </a>
        <a
          href={`${BASE}/initiatives`}
          aria-current={route.view === 'initiatives' || route.view === 'initiative' ? 'page' : undefined}
        >
          {t('nav.initiatives')}
        </a>
        {user?.isAdmin && (
          <a href={`${BASE}/instruments`} aria-current={route.view === 'instruments' ? 'page' : undefined}>
            {instruments('instruments.nav')}
          </a>
        )}
        {user?.isAdmin && (
          <a href={`${BASE}/admin/users`} aria-current={route.view.startsWith('admin-') ? 'page' : undefined}>
            {t('nav.administration')}
          </a>
        )}
        {user?.isAdmin && <a href="/admin/queues">{t('nav.queues')}</a>}
      </nav>
      <LanguageSwitch />
      <form method="post" action="/logout" class="logout">
        {user && (
          <a
            class="user-name"
            href={`${BASE}/account`}
            aria-current={route.view === 'account' ? 'page' : undefined}
          >
            {user.name}
          </a>
        )}{' '}
        <button type="submit">{t('nav.logOut')}</button>
      </form>
    </header>
  );
}
