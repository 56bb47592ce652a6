import fc from 'fast-check';
import {
  encodings,
  hostileJson,
  hostileJsonText,
  hostileQuery,
  hostileText,
  scalar,
  segment,
  type FuzzRequest,
  type KnownIds,
} from './hostile-values';

// The parent survey (it has a comment): its questions, and the answers each takes.
const CHOICES = [1, 2, 3, 4, 5, 0];
const QUESTIONS = [
  'overall_satisfaction',
  'staff_contact',
  'child_wellbeing',
  'information',
  'learning_activities',
  'surroundings',
  'listened_to',
];

// Mostly a valid set of answers, often with one hostile answer in it, so that cases get as far as
// the instrument's own checks and the insert.
const validAnswers = fc.record(
  {
    overall_satisfaction: fc.constantFrom(1, 2, 3, 4, 5),
    ...Object.fromEntries(QUESTIONS.slice(1).map((q) => [q, fc.constantFrom(...CHOICES)])),
    comment: fc.string({ unit: 'grapheme', maxLength: 40 }),
  },
  { requiredKeys: ['overall_satisfaction'] },
);

const answers = fc.oneof(
  { weight: 3, arbitrary: validAnswers },
  {
    weight: 4,
    arbitrary: fc
      .tuple(validAnswers, fc.oneof(fc.constantFrom(...QUESTIONS, 'comment'), hostileText), scalar)
      .map(([valid, key, value]) => ({ ...valid, [key]: value })),
  },
  { weight: 1, arbitrary: hostileJson([...QUESTIONS, 'comment']) },
);

const submission: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record(
        {
          submissionId: fc.oneof({ weight: 4, arbitrary: fc.uuid() }, { weight: 1, arbitrary: hostileText }),
          answers,
          locale: fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom('da', 'nb', 'en') },
            { weight: 1, arbitrary: hostileText },
          ),
          pageNo: scalar,
        },
        { requiredKeys: ['answers'] },
      )
      .map((v) => JSON.stringify(v)),
  },
  { weight: 2, arbitrary: hostileJsonText(['answers', 'submissionId', 'locale', 'pageNo', ...QUESTIONS]) },
);

/**
 * What respondents' browsers (and anyone with a link) send: answers through open links and
 * personal links, drafts, and the pages and survey JSON behind both, the public page and its
 * reports. `ids` holds real link codes, tokens, slugs, contract ids and years.
 */
export function respondentRequests(ids: KnownIds, ownOrigin: string): fc.Arbitrary<FuzzRequest> {
  const code = segment(ids.linkCode!);
  const token = segment(ids.token!);
  const send = (method: string, path: string) =>
    submission.chain((text) =>
      encodings('application/json', text).map((enc) => ({
        method,
        path,
        headers: { ...enc.headers, origin: ownOrigin },
        body: enc.body,
        note: enc.note,
      })),
    );
  const read = fc
    .tuple(
      fc.oneof(
        code.map((c) => `/s/${c}`),
        code.map((c) => `/api/s/${c}`),
        token.map((t) => `/t/${t}`),
        token.map((t) => `/api/t/${t}`),
        fc.constant('/t'),
        segment(ids.slug!).map((s) => `/p/${s}`),
        fc
          .tuple(segment(ids.slug!), segment(ids.contractId!), segment(ids.year!))
          .map(([s, c, y]) => `/p/${s}/contracts/${c}/reports/${y}`),
        segment(['staff.css', 'respondent.js']).map((f) => `/assets/web/${f}`),
      ),
      hostileQuery(['lang', 'code', 'next']),
    )
    .map(([path, query]) => ({ method: 'GET', path: path + query, headers: {}, note: 'read' }));
  return fc.oneof(
    { weight: 6, arbitrary: code.chain((c) => send('POST', `/api/s/${c}/responses`)) },
    { weight: 2, arbitrary: token.chain((t) => send('POST', `/api/t/${t}/responses`)) },
    { weight: 2, arbitrary: token.chain((t) => send('PUT', `/api/t/${t}/draft`)) },
    { weight: 2, arbitrary: read },
  );
}
