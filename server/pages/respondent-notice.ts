import { respondentMessages } from '../../core/messages/respondent-messages';
import { translator } from '../../core/messages/message-catalogue';
import { LOCALE_TAG } from '../../core/text/locale-tag';

/** The languages respondents read the pages around the survey in: the three Målbar speaks. */
export type RespondentLang = 'da' | 'nb' | 'en';

/** Why there is nothing to answer here (or a code to type first). */
export type RespondentNotice =
  | { kind: 'notFound' }
  | { kind: 'closed'; closesOn: string }
  | { kind: 'notYetOpen'; opensOn: string }
  | { kind: 'tokenUsed' }
  | { kind: 'personalLinksOnly' }
  | { kind: 'enterCode' }
  | { kind: 'badCode' }
  | { kind: 'tooMany' };

/** "1. marts 2027" / "1. mars 2027" / "1 March 2027": a round's dates as people write them. */
export function longDate(isoDate: string, lang: RespondentLang): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A notice's title and text; a dated one names the day it is about (opening or closing). */
export function noticeText(notice: RespondentNotice, lang: RespondentLang): { title: string; body: string } {
  const t = translator(respondentMessages, lang);
  const day = 'opensOn' in notice ? notice.opensOn : 'closesOn' in notice ? notice.closesOn : '';
  const date = day ? longDate(day, lang) : '';
  return { title: t(`respondent.${notice.kind}.title`), body: t(`respondent.${notice.kind}.body`, { date }) };
}
