import { useState } from 'preact/hooks';

/** A one-field form (the network's name, a municipality's slug), its refusal beside the field. */
export function NameForm(props: {
  id: string;
  heading: string;
  label: string;
  button: string;
  busy: boolean;
  /** The refusal's words for this field, shown beside it. */
  problem: string | null;
  onSend: (value: string) => Promise<boolean>;
}) {
  const [value, setValue] = useState('');
  const send = (event: Event) => {
    event.preventDefault();
    void props.onSend(value.trim()).then((ok) => ok && setValue(''));
  };
  return (
    <form id={props.id} class="stacked admin-form" onSubmit={send} noValidate>
      <h2>{props.heading}</h2>
      <label for={`${props.id}-value`}>{props.label}</label>
      <input
        id={`${props.id}-value`}
        maxLength={120}
        value={value}
        onInput={(e) => setValue(e.currentTarget.value)}
        {...(props.problem ? { 'aria-invalid': true, 'aria-describedby': `${props.id}-value-error` } : {})}
      />
      {props.problem && (
        <span class="field-error" id={`${props.id}-value-error`}>
          {props.problem}
        </span>
      )}
      <button type="submit" disabled={props.busy}>
        {props.button}
      </button>
    </form>
  );
}
