import { initiativeMessages } from '../../../core/messages/initiative-messages';
import type { FieldIssue } from '../api/send-json';
import { IssueBeside, invalidFor } from '../components/refusal-alert';
import type { Locale } from '../i18n/locale';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import type { InitiativeForm, SurveyText } from './initiative-types';

/** The instrument's text in the user's language; its "default" is English. */
export const surveyText = (text: SurveyText | undefined, locale: Locale): string =>
  text === undefined ? '' : typeof text === 'string' ? text : (text[locale] ?? text.default ?? '');

/**
 * The assessment, one group of radio buttons per question of the instrument (1–4 or "cannot
 * assess") and its free-text note; arrow keys move within a group. The server checks the answers
 * with the instrument's validator and names the question it refuses.
 */
export function AssessmentFields({
  survey,
  answers,
  onChange,
  issues,
  say,
}: {
  survey: InitiativeForm['survey'];
  answers: Record<string, unknown>;
  onChange: (answers: Record<string, unknown>) => void;
  issues: FieldIssue[];
  say: (issue: FieldIssue) => string;
}) {
  const t = useMessages(initiativeMessages);
  const { locale } = useLocale();
  const questions = survey.pages.flatMap((p) => p.elements);
  const set = (name: string, value: unknown) => {
    const next = { ...answers };
    if (value === '' || value === undefined) delete next[name];
    else next[name] = value;
    onChange(next);
  };
  return (
    <section class="assessment" aria-labelledby="assessment-heading">
      <h2 id="assessment-heading">{t('initiatives.assessment')}</h2>
      <p class="lead">{t('initiatives.assessmentLead')}</p>
      {questions.map((q) => {
        const field = `assessment.${q.name}`;
        const errorId = `assess-${q.name}-error`;
        if (!q.choices)
          return (
            <div class="field" key={q.name}>
              <label for={`assess-${q.name}`}>{surveyText(q.title, locale)}</label>
              <textarea
                id={`assess-${q.name}`}
                rows={3}
                value={typeof answers[q.name] === 'string' ? (answers[q.name] as string) : ''}
                onInput={(e) => set(q.name, e.currentTarget.value)}
                {...invalidFor(errorId, field, issues)}
              />
              <IssueBeside id={errorId} field={field} issues={issues} say={say} />
            </div>
          );
        return (
          <fieldset
            class="rating"
            key={q.name}
            data-question={q.name}
            {...invalidFor(errorId, field, issues)}
          >
            <legend>{surveyText(q.title, locale)}</legend>
            {q.description && <p class="hint">{surveyText(q.description, locale)}</p>}
            <div class="choices">
              {q.choices.map((c, i) => (
                <label key={String(c.value)}>
                  <input
                    type="radio"
                    name={`assess-${q.name}`}
                    id={`assess-${q.name}-${i}`}
                    value={String(c.value)}
                    checked={answers[q.name] === c.value}
                    onChange={() => set(q.name, c.value)}
                  />{' '}
                  {surveyText(c.text, locale)}
                </label>
              ))}
            </div>
            <IssueBeside id={errorId} field={field} issues={issues} say={say} />
          </fieldset>
        );
      })}
      <button type="button" class="secondary" onClick={() => onChange({})}>
        {t('initiatives.clearAssessment')}
      </button>
    </section>
  );
}
