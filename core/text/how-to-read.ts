import type { reportDocumentMessages } from '../messages/report-document-messages';

/** "How to read the figures", line by line: the report, the public page and the app's overview say it. */
export const HOW_TO_READ = [
  'reportDocument.howToReadText.n',
  'reportDocument.howToReadText.interval',
  'reportDocument.howToReadText.uncertain',
  'reportDocument.howToReadText.hidden',
] as const satisfies readonly (keyof typeof reportDocumentMessages)[];
