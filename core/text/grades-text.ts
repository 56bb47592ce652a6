import type { Locale } from '../indicators/indicator-definition';
import { reportDocumentMessages } from '../messages/report-document-messages';
import { translator } from '../messages/message-catalogue';
import { listIn } from './list-text';

/** "1., 6. og 9. klasse" / "1., 6. og 9. trinn" / "grades 1, 6 and 9": a goal scoped to some grades. */
export function gradesTextIn(grades: string[], locale: Locale): string {
  const t = translator(reportDocumentMessages, locale);
  // Danish and Norwegian write ordinals with a point ("6."), English with none.
  const ordinals = locale === 'en' ? grades : grades.map((g) => `${g}.`);
  return t('reportDocument.grades', { grades: listIn(ordinals, t('reportDocument.and')) });
}
