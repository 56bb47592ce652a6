import { ASSESSMENT_DIMENSIONS, CANNOT_ASSESS } from '../../../core/initiatives/assessment';
import { initiativeMessages } from '../../../core/messages/initiative-messages';
import { useMessages } from '../i18n/use-messages';

/** An initiative's seven ratings as a compact list; one never rated says so. */
export function Scores({ assessment }: { assessment: Record<string, unknown> | null }) {
  const t = useMessages(initiativeMessages);
  if (assessment === null) return <p class="meta">{t('initiatives.notAssessed')}</p>;
  const note = assessment.assessment_note;
  const scoreText = (answer: unknown) =>
    answer === CANNOT_ASSESS
      ? t('initiatives.cannotAssess')
      : typeof answer === 'number'
        ? t('initiatives.score', { score: answer })
        : '–';
  return (
    <>
      <dl class="scores">
        {ASSESSMENT_DIMENSIONS.map((d) => (
          <div data-dimension={d} key={d}>
            <dt>{t(`initiatives.dimension.${d}`)}</dt>
            <dd>{scoreText(assessment[d])}</dd>
          </div>
        ))}
      </dl>
      {typeof note === 'string' && note.trim() !== '' && (
        <p class="assessment-note">{t('initiatives.note', { note })}</p>
      )}
    </>
  );
}
