import type { LocalizedText } from '../../../core/indicators/indicator-definition';
import { commentMessages } from '../../../core/messages/comment-messages';
import { useJson } from '../api/use-json';
import { LoadState } from '../components/load-state';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';

/** What /api/units/:id/comments answers (server/use-cases/unit-comments.ts). */
type RoundComments =
  | { roundId: string; title: LocalizedText; shown: true; comments: string[] }
  | { roundId: string; title: LocalizedText; shown: false; reason: 'too-few-answers'; minGroupSize: number };

/**
 * The unit's free-text comments per round, where the group is large enough for words; otherwise
 * only the rule that hides them. A round folds its comments: they are long, the indicators come first.
 */
export function UnitCommentsPanel({ unitId }: { unitId: string }) {
  const t = useMessages(commentMessages);
  const loaded = useJson<{ rounds: RoundComments[] }>(`/api/units/${encodeURIComponent(unitId)}/comments`);
  return (
    <section class="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t('comments.heading')}</h2>
      <LoadState loaded={loaded}>{(data) => <CommentRounds rounds={data.rounds} />}</LoadState>
    </section>
  );
}

function CommentRounds({ rounds }: { rounds: RoundComments[] }) {
  const t = useMessages(commentMessages);
  const { locale } = useLocale();
  if (rounds.length === 0) return <p class="meta">{t('comments.none')}</p>;
  return (
    <>
      <p class="meta">{t('comments.lead')}</p>
      {rounds.map((round) => {
        const title = round.title[locale] || round.title.da;
        if (!round.shown)
          return (
            <p class="hidden" key={round.roundId}>
              {t('comments.hidden', { round: title, min: round.minGroupSize })}
            </p>
          );
        return (
          <details class="round" key={round.roundId}>
            <summary>{t('comments.roundHeading', { round: title, count: round.comments.length })}</summary>
            <ul class="comment-list">
              {round.comments.map((comment, i) => (
                <li key={i}>{comment}</li>
              ))}
            </ul>
          </details>
        );
      })}
    </>
  );
}
