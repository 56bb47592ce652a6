import { useState } from 'preact/hooks';
import { contractMessages } from '../../../core/messages/contract-messages';
import type { ContractList } from '../api/api-types';
import { sendJson } from '../api/send-json';
import { useReloadableJson } from '../api/use-reloadable-json';
import { FocusedNotice } from '../admin/focused-notice';
import { useSubmit } from '../admin/use-submit';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { formatDateIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { BASE } from '../routing/router';
import { FieldError, invalid, Refusal } from './contract-field-error';

/** /app/contracts: the municipality's quality contracts, and a new one for those who write them. */
export function ContractsView() {
  const t = useMessages(contractMessages);
  const { locale } = useLocale();
  usePageTitle(t('contracts.title'));
  const [list, reload] = useReloadableJson<ContractList>('/api/contracts');
  const [created, setCreated] = useState<{ id: string; title: string } | null>(null);
  return (
    <>
      <h1>{t('contracts.title')}</h1>
      <p class="lead">{t('contracts.lead')}</p>
      {created && (
        <FocusedNotice role="status" class="notice" token={created}>
          <p>
            {t('contracts.created', { title: created.title })}{' '}
            <a href={`${BASE}/contracts/${created.id}/edit`}>{t('contracts.edit')}</a>
          </p>
        </FocusedNotice>
      )}
      <LoadState loaded={list}>
        {(data) => (
          <>
            {data.contracts.length === 0 ? (
              <p>{t('contracts.none')}</p>
            ) : (
              <ul class="contract-list">
                {data.contracts.map((c) => (
                  <li key={c.id} data-contract={c.title}>
                    <a href={`${BASE}/contracts/${c.id}`} class="contract-name">
                      {c.title}
                    </a>
                    <span class="meta">
                      {t('contracts.period', {
                        from: formatDateIn(c.periodStart, locale),
                        to: formatDateIn(c.periodEnd, locale),
                      })}{' '}
                      · {c.publishedAt ? t('contracts.published') : t('contracts.notPublished')}
                    </span>
                    {data.mayEdit && (
                      <a
                        href={`${BASE}/contracts/${c.id}/edit`}
                        aria-label={t('contracts.editTitle', { title: c.title })}
                      >
                        {t('contracts.edit')}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {data.mayEdit && (
              <NewContractForm
                onCreated={(id, title) => {
                  setCreated({ id, title });
                  reload();
                }}
              />
            )}
          </>
        )}
      </LoadState>
    </>
  );
}

const FIELDS = ['title', 'periodStart', 'periodEnd'];

function NewContractForm({ onCreated }: { onCreated: (id: string, title: string) => void }) {
  const t = useMessages(contractMessages);
  const submit = useSubmit();
  const [title, setTitle] = useState('');
  const [periodStart, setStart] = useState('');
  const [periodEnd, setEnd] = useState('');
  const issues = submit.issues;
  const send = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      const { id } = await sendJson<{ id: string }>('POST', '/api/contracts', {
        title,
        periodStart,
        periodEnd,
      });
      onCreated(id, title.trim());
      setTitle('');
      setStart('');
      setEnd('');
    });
  };
  return (
    <form class="stacked admin-form" id="new-contract" onSubmit={send} noValidate>
      <h2>{t('contracts.new')}</h2>
      <Refusal submit={submit} shown={FIELDS} />
      <label for="contract-title">{t('contracts.field.title')}</label>
      <input
        id="contract-title"
        value={title}
        maxLength={200}
        placeholder="Kvalitetskontrakt 2027-2028"
        onInput={(e) => setTitle(e.currentTarget.value)}
        {...invalid('contract-title-error', ['title'], issues)}
      />
      <FieldError id="contract-title-error" fields={['title']} issues={issues} />
      <label for="contract-start">{t('contracts.field.periodStart')}</label>
      <input
        id="contract-start"
        type="date"
        value={periodStart}
        onInput={(e) => setStart(e.currentTarget.value)}
        {...invalid('contract-start-error', ['periodStart'], issues)}
      />
      <FieldError id="contract-start-error" fields={['periodStart']} issues={issues} />
      <label for="contract-end">{t('contracts.field.periodEnd')}</label>
      <input
        id="contract-end"
        type="date"
        value={periodEnd}
        onInput={(e) => setEnd(e.currentTarget.value)}
        {...invalid('contract-end-error', ['periodEnd'], issues)}
      />
      <FieldError id="contract-end-error" fields={['periodEnd']} issues={issues} />
      <button type="submit" disabled={submit.busy}>
        {t('contracts.create')}
      </button>
    </form>
  );
}
