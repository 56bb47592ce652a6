import { useState } from 'preact/hooks';
import { roundMessages } from '../../../core/messages/round-messages';
import { Refusal, type FieldIssue } from '../api/send-json';
import { FocusedNotice } from '../admin/focused-notice';
import { useSubmit } from '../admin/use-submit';
import { useMessages } from '../i18n/use-messages';
import { invalidFieldProps, RoundFieldError, RoundRefusal } from './round-issues';
import { UnitPicker } from './unit-picker';
import { MAX_PER_BATCH, type RoundDistribution } from './round-types';

/**
 * Personal single-use links for one unit, as a CSV file: the server makes the codes and hands them
 * over once (it keeps only their hashes), so the file is saved at once from the answer.
 */
export function PersonalLinksForm({ data, onIssued }: { data: RoundDistribution; onIssued: () => void }) {
  const t = useMessages(roundMessages);
  const submit = useSubmit();
  const [unit, setUnit] = useState({ unitId: '', label: '' });
  const unitId = unit.unitId;
  const [count, setCount] = useState('25');
  const [done, setDone] = useState<{ count: number; unit: string } | null>(null);
  const issues = submit.issues;
  const send = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      const asked = Number(count);
      const file = await downloadPersonalLinks(data.round.id, unitId, asked);
      saveFile(file.name, file.blob);
      setDone({ count: asked, unit: unit.label });
      onIssued();
    });
  };
  return (
    <form class="stacked round-form" id="personal-links" onSubmit={send} noValidate>
      <h2>{t('rounds.links.heading')}</h2>
      <p>{t('rounds.links.hint')}</p>
      <RoundRefusal submit={submit} fields={['unitId', 'count']} />
      {done && (
        <FocusedNotice role="status" class="notice" token={done}>
          {t('rounds.links.done', done)}
        </FocusedNotice>
      )}
      <label for="token-unit">{t('rounds.links.unit')}</label>
      <UnitPicker
        id="token-unit"
        roundId={data.round.id}
        value={unitId}
        onChange={(unitId, label) => setUnit({ unitId, label })}
      />
      <label for="token-count">{t('rounds.links.count', { max: MAX_PER_BATCH })}</label>
      <input
        id="token-count"
        type="number"
        min={1}
        max={MAX_PER_BATCH}
        value={count}
        onInput={(e) => setCount(e.currentTarget.value)}
        {...invalidFieldProps('token-count-error', 'count', issues)}
      />
      <RoundFieldError id="token-count-error" field="count" issues={issues} />
      <button type="submit" disabled={submit.busy}>
        {t('rounds.links.download')}
      </button>
    </form>
  );
}

/** POSTs the request and answers the CSV file; a refusal throws with the fields it names. */
async function downloadPersonalLinks(roundId: string, unitId: string, count: number) {
  const res = await fetch(`/api/rounds/${encodeURIComponent(roundId)}/tokens`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { accept: 'text/csv, application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ unitId, count }),
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as {
      error?: { message?: string; details?: FieldIssue[] };
    } | null;
    throw new Refusal(res.status, body?.error?.message ?? res.statusText, body?.error?.details ?? []);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  return { name: name ?? 'personal-links.csv', blob: await res.blob() };
}

function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the data once the click is handled.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
