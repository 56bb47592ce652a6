import { useState } from 'preact/hooks';
import { contractMessages } from '../../../core/messages/contract-messages';
import { sendJson } from '../api/send-json';
import { useSubmit } from '../admin/use-submit';
import { useMessages } from '../i18n/use-messages';
import { FieldError, invalid, Refusal } from './contract-field-error';

/** A new service area with its aim (area null), or a change to one's name and aim. */
export function AreaForm({
  contractId,
  area,
  onSaved,
}: {
  contractId: string;
  area: { key: string; name: string; aim: string } | null;
  onSaved: (name: string) => void;
}) {
  const t = useMessages(contractMessages);
  const submit = useSubmit();
  const [name, setName] = useState(area?.name ?? '');
  const [aim, setAim] = useState(area?.aim ?? '');
  const id = area ? `area-${area.key}` : 'new-area';
  const issues = submit.issues;
  const send = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      const base = `/api/contracts/${contractId}/service-areas`;
      if (area) await sendJson('PUT', `${base}/${encodeURIComponent(area.key)}`, { name, aim });
      else await sendJson('POST', base, { name, aim });
      onSaved(name.trim());
      if (!area) {
        setName('');
        setAim('');
      }
    });
  };
  return (
    <form class="stacked admin-form" id={`${id}-form`} onSubmit={send} noValidate>
      {!area && <h2>{t('contracts.addArea')}</h2>}
      <Refusal submit={submit} shown={['name', 'aim']} />
      <label for={`${id}-name`}>{t('contracts.field.areaName')}</label>
      <input
        id={`${id}-name`}
        value={name}
        maxLength={120}
        onInput={(e) => setName(e.currentTarget.value)}
        {...invalid(`${id}-name-error`, ['name'], issues)}
      />
      <FieldError id={`${id}-name-error`} fields={['name']} issues={issues} />
      <label for={`${id}-aim`}>{t('contracts.field.aim')}</label>
      <textarea
        id={`${id}-aim`}
        rows={3}
        value={aim}
        onInput={(e) => setAim(e.currentTarget.value)}
        {...invalid(`${id}-aim-error`, ['aim'], issues)}
      />
      <FieldError id={`${id}-aim-error`} fields={['aim']} issues={issues} />
      <button type="submit" disabled={submit.busy}>
        {t('contracts.saveArea')}
      </button>
    </form>
  );
}
