import { useState } from 'preact/hooks';
import { contractMessages } from '../../../core/messages/contract-messages';
import { sendJson } from '../api/send-json';
import { useReloadableJson } from '../api/use-reloadable-json';
import { FocusedNotice } from '../admin/focused-notice';
import { useSubmit } from '../admin/use-submit';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { formatDateIn, localized, ruleTextIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { BASE } from '../routing/router';
import { AreaForm } from './area-form';
import type { ContractDetail } from './contract-types';
import { Refusal } from './contract-field-error';

/** /app/contracts/:id/edit: the contract's service areas, aims and goals, publication and reports. */
export function ContractEditView({ contractId }: { contractId: string }) {
  const [detail, reload] = useReloadableJson<ContractDetail>(
    `/api/contracts/${encodeURIComponent(contractId)}`,
  );
  const [notice, setNotice] = useState<string | null>(null);
  const done = (text: string) => {
    setNotice(text);
    reload();
  };
  return (
    <LoadState loaded={detail}>{(data) => <Contract data={data} notice={notice} onDone={done} />}</LoadState>
  );
}

function Contract({
  data,
  notice,
  onDone,
}: {
  data: ContractDetail;
  notice: string | null;
  onDone: (text: string) => void;
}) {
  const t = useMessages(contractMessages);
  const { locale } = useLocale();
  const { contract } = data;
  usePageTitle(t('contracts.editTitle', { title: contract.title }));
  return (
    <>
      <p>
        <a href={`${BASE}/contracts`}>{t('contracts.title')}</a> ·{' '}
        <a href={`${BASE}/contracts/${contract.id}`}>{t('contracts.goalStatus')}</a>
      </p>
      <h1>{contract.title}</h1>
      <p class="lead">
        {t('contracts.period', {
          from: formatDateIn(contract.periodStart, locale),
          to: formatDateIn(contract.periodEnd, locale),
        })}
      </p>
      {notice && (
        <FocusedNotice role="status" class="notice" token={notice}>
          <p>{notice}</p>
        </FocusedNotice>
      )}
      {!data.mayEdit && <p class="hint">{t('contracts.readOnly')}</p>}
      <Publication data={data} onDone={onDone} />
      <Reports data={data} />
      <h2>{t('contracts.areas')}</h2>
      {data.areas.length === 0 && <p>{t('contracts.noAreas')}</p>}
      {data.areas.map((area) => (
        <section
          class="area manage-area"
          aria-labelledby={`area-${area.key}`}
          key={area.key}
          data-area={area.name}
        >
          <h3 id={`area-${area.key}`}>{area.name}</h3>
          <p class="aim">
            <strong>{t('contracts.aim')}:</strong> {area.aim || t('contracts.noAim')}
          </p>
          {area.goals.length === 0 ? (
            <p>{t('contracts.noGoals')}</p>
          ) : (
            <ul class="goal-list" aria-label={t('contracts.goalsOf', { area: area.name })}>
              {area.goals.map((goal) => (
                <li key={goal.id}>
                  <a href={`${BASE}/goals/${goal.id}`}>{localized(goal.title, locale)}</a>
                  <span class="meta">
                    {t('contracts.goalLine', {
                      rule: ruleTextIn(goal.rule, goal.unit, locale),
                      scope: data.units.find((u) => u.id === goal.scopeUnitId)?.name ?? '',
                      deadline: formatDateIn(goal.deadline, locale),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {data.mayEdit && (
            <p class="area-actions">
              <a
                class="button-link"
                href={`${BASE}/contracts/${contract.id}/goals/new?area=${encodeURIComponent(area.key)}`}
              >
                {t('contracts.addGoal', { area: area.name })}
              </a>
            </p>
          )}
          {data.mayEdit && (
            <details class="change-area">
              <summary>{t('contracts.changeArea', { area: area.name })}</summary>
              <AreaForm
                contractId={contract.id}
                area={area}
                onSaved={(name) => onDone(t('contracts.areaSaved', { area: name }))}
              />
            </details>
          )}
        </section>
      ))}
      {data.mayEdit && (
        <AreaForm
          contractId={contract.id}
          area={null}
          onSaved={(name) => onDone(t('contracts.areaAdded', { area: name }))}
        />
      )}
    </>
  );
}

function Publication({ data, onDone }: { data: ContractDetail; onDone: (text: string) => void }) {
  const t = useMessages(contractMessages);
  const submit = useSubmit();
  const published = data.contract.publishedAt !== null;
  const toggle = () =>
    void submit.run(async () => {
      await sendJson('PUT', `/api/contracts/${data.contract.id}/published`, { published: !published });
      onDone(published ? t('contracts.withdrawnNow') : t('contracts.publishedNow'));
    });
  return (
    <section aria-labelledby="publication">
      <h2 id="publication">{t('contracts.publication')}</h2>
      <p>
        {published ? (
          <>
            {t('contracts.isPublished')} <a href={data.publicUrl}>{data.publicUrl}</a>
          </>
        ) : (
          t('contracts.isNotPublished')
        )}
      </p>
      {data.mayEdit && (
        <>
          <Refusal submit={submit} shown={[]} />
          <button type="button" id="toggle-published" onClick={toggle} disabled={submit.busy}>
            {published ? t('contracts.withdraw') : t('contracts.publish')}
          </button>
        </>
      )}
    </section>
  );
}

function Reports({ data }: { data: ContractDetail }) {
  const t = useMessages(contractMessages);
  const { locale } = useLocale();
  const state = (r: ContractDetail['reports'][number]) =>
    r.status === 'adopted'
      ? t('contracts.reportAdopted', { date: formatDateIn(r.adoptedAt!.slice(0, 10), locale) })
      : r.status === 'draft'
        ? t('contracts.reportDraft')
        : t('contracts.reportNotStarted');
  return (
    <section aria-labelledby="reports">
      <h2 id="reports">{t('contracts.reports')}</h2>
      <ul class="reports">
        {data.reports.map((r) => (
          <li key={r.year}>
            <a href={`${BASE}/contracts/${encodeURIComponent(data.contract.id)}/report/${r.year}`}>
              {t('contracts.report', { year: r.year })}
            </a>{' '}
            <span class="meta">{state(r)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
