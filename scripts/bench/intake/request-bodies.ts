import { randomUUID } from 'node:crypto';
import type { LoadedInstrument } from '../../../db/instrument-cache';
import { mulberry32 } from '../../demo/mulberry32';
import { simulatePupil } from '../../seed-demo';
import type { ClassLink } from './seed-municipality';

/** A pre-built submission to one class link; its submissionId is added when it is sent. */
export interface RequestTemplate {
  path: string;
  /** The body after the submissionId: `"answers":{…},"locale":"da"}`. */
  rest: string;
}

/**
 * `count` submissions as the respondent form sends them ({ submissionId, answers, locale }),
 * answers simulated for the class's grade and checked against the instrument, spread over the
 * links in a shuffled order so that consecutive requests go to different classes and schools.
 */
export function buildRequestTemplates(
  links: ClassLink[],
  instrument: LoadedInstrument,
  count: number,
): RequestTemplate[] {
  const random = mulberry32(1500);
  const order = shuffle([...links], random);
  return Array.from({ length: count }, (_, i) => {
    const link = order[i % order.length]!;
    const verdict = instrument.validator.validate(
      simulatePupil(instrument, link.grade, (random() - 0.5) * 0.8, random),
    );
    if (!verdict.ok) throw new Error(`simulated answers do not fit: ${JSON.stringify(verdict.issues)}`);
    return {
      path: `/api/s/${encodeURIComponent(link.code)}/responses`,
      rest: `"answers":${JSON.stringify(verdict.answers)},"locale":"${link.locale}"}`,
    };
  });
}

/** The body of one request: every request carries a fresh submissionId, so none is an idempotent replay. */
export const bodyOf = (template: RequestTemplate) => `{"submissionId":"${randomUUID()}",${template.rest}`;

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
