import { instrumentMessages } from '../../../core/messages/instrument-messages';
import { FocusedNotice } from '../admin/focused-notice';
import type { Submit } from '../admin/use-submit';
import { useMessages } from '../i18n/use-messages';

/** `survey.pages[0]` → survey.json and the element the checker named. */
function problemAt(field: string): { file: 'survey' | 'indicators'; element: string } {
  const file = field.startsWith('indicators.') ? 'indicators' : 'survey';
  return { file, element: field.slice(file.length + 1) || field };
}

/** A link to a problem's text puts the cursor there, not only the view (a fragment only scrolls). */
const focusText = (id: string) => (event: MouseEvent) => {
  const text = document.getElementById(id);
  if (!text) return;
  event.preventDefault();
  text.focus();
};

/**
 * A refused instrument: every problem the server found, each naming its file and element and
 * linked to the text it is in, focused so a keyboard user hears it and can go there.
 */
export function InstrumentProblems({ submit }: { submit: Submit }) {
  const t = useMessages(instrumentMessages);
  const failure = submit.failure;
  if (!failure) return null;
  if (failure.issues.length === 0) {
    const reason = failure.status === 413 ? t('instruments.tooLarge') : failure.message;
    return (
      <FocusedNotice role="alert" class="error" token={failure}>
        <p>{failure.status === 403 ? t('instruments.forbidden') : t('instruments.refused', { reason })}</p>
      </FocusedNotice>
    );
  }
  return (
    <FocusedNotice role="alert" class="error" token={failure}>
      <p>{t('instruments.problems', { count: failure.issues.length })}</p>
      <ul class="instrument-problems">
        {failure.issues.map((issue, index) => {
          const { file, element } = problemAt(issue.field);
          return (
            <li key={`${issue.field}/${index}`}>
              <a href={`#instrument-${file}`} onClick={focusText(`instrument-${file}`)}>
                {t('instruments.problem', { file: `${file}.json`, element, issue: issue.issue })}
              </a>
            </li>
          );
        })}
      </ul>
    </FocusedNotice>
  );
}
