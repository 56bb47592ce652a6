import { useState } from 'preact/hooks';
import { AUDIT_ACTIONS } from '../../../core/audit/audit-action';
import type { FieldIssue } from '../api/send-json';
import { auditQueryString, BASE, navigate, type AuditQuery } from '../routing/router';
import { FieldError, invalidProps } from './field-issues';
import { adminAuditMessages } from '../../../core/messages/admin-audit-messages';
import { useMessages } from '../i18n/use-messages';

/** The trail's filter; "show" puts it in the address, so that it can be shared and Back undoes it. */
export function AuditFilterForm({ filter, issues }: { filter: AuditQuery; issues: FieldIssue[] }) {
  const t = useMessages(adminAuditMessages);
  const [asked, setAsked] = useState(filter);
  const set = (key: keyof AuditQuery) => (e: Event) =>
    setAsked((f) => ({ ...f, [key]: (e.currentTarget as HTMLInputElement).value }));
  const send = (event: Event) => {
    event.preventDefault();
    const query = auditQueryString({ ...asked, actor: asked.actor.trim(), page: 1 });
    navigate(`${BASE}/admin/audit${query ? `?${query}` : ''}`);
  };
  return (
    <form class="filters audit-filters" onSubmit={send} role="search" aria-label={t('admin.filter')}>
      <div class="field">
        <label for="audit-action">{t('admin.action')}</label>
        <select id="audit-action" name="action" value={asked.action} onChange={set('action')}>
          <option value="">{t('admin.anyAction')}</option>
          {AUDIT_ACTIONS.map((a) => (
            <option value={a} key={a}>
              {t(`admin.auditAction.${a}`)}
            </option>
          ))}
        </select>
        <FieldError id="audit-action-error" field="action" issues={issues} />
      </div>
      <div class="field">
        <label for="audit-actor">{t('admin.actor')}</label>
        <input id="audit-actor" name="actor" value={asked.actor} maxLength={254} onInput={set('actor')} />
      </div>
      {(['from', 'to'] as const).map((key) => (
        <div class="field" key={key}>
          <label for={`audit-${key}`}>{t(`admin.${key}`)}</label>
          <input
            id={`audit-${key}`}
            name={key}
            type="date"
            value={asked[key]}
            onInput={set(key)}
            {...invalidProps(`audit-${key}-error`, key, issues)}
          />
          <FieldError id={`audit-${key}-error`} field={key} issues={issues} />
        </div>
      ))}
      <button type="submit">{t('admin.filter')}</button>
    </form>
  );
}
