import { previewDeletesAnything, retentionPreview } from '../../../core/retention/retention-preview';

const current = { answersKeptYears: 3, commentsKeptMonths: 12 };
const TODAY = '2025-01-15';

/** A closed round without an adopted report, nothing deleted yet. */
const round = (id: string, closesOn: string, responses: number, more: object = {}) => ({
  id,
  closesOn,
  reportAdoptedOn: null,
  commentsDeletedOn: null,
  answersDeletedOn: null,
  responses,
  ...more,
});

const idsOf = (rounds: { id: string }[]) => rounds.map((r) => r.id);

describe('what a proposed retention policy would delete at the next sweep', () => {
  // Without a report the answers go answersKeptYears + 1 years after closing, the comments
  // commentsKeptMonths after it (never after the answers).
  const table = [
    {
      when: 'when answers become due exactly today, then the round is listed with its responses',
      // 2023-01-15 + (1 + 1) years = 2025-01-15 = today; under 3 years: 2027-01-15.
      rounds: [round('r', '2023-01-15', 7, { commentsDeletedOn: '2024-01-15' })],
      proposed: { answersKeptYears: 1, commentsKeptMonths: 12 },
      answers: ['r'],
      responses: 7,
      comments: [],
    },
    {
      when: 'when answers would become due tomorrow, then nothing is listed',
      // 2023-01-16 + 2 years = 2025-01-16 > today.
      rounds: [round('r', '2023-01-16', 7, { commentsDeletedOn: '2024-01-16' })],
      proposed: { answersKeptYears: 1, commentsKeptMonths: 12 },
      answers: [],
      responses: 0,
      comments: [],
    },
    {
      when: 'when comments become due, then the round is listed for its comments only',
      // 2024-06-30 + 6 months = 2024-12-30 ≤ today; under 12 months: 2025-06-30. Answers: 2027-06-30.
      rounds: [round('r', '2024-06-30', 4)],
      proposed: { answersKeptYears: 1, commentsKeptMonths: 6 },
      answers: [],
      responses: 0,
      comments: ['r'],
    },
    {
      when: 'when both the answers and the comments of a round become due, then it is listed for its answers',
      // 2023-01-10 + 2 years = 2025-01-10; its comments (due 2024-01-10 already) go with the answers.
      rounds: [round('r', '2023-01-10', 5)],
      proposed: { answersKeptYears: 1, commentsKeptMonths: 1 },
      answers: ['r'],
      responses: 5,
      comments: [],
    },
    {
      when: 'when a round’s answers or comments are already deleted, then it is not listed again',
      rounds: [
        round('gone', '2020-01-15', 0, { answersDeletedOn: '2024-01-15', commentsDeletedOn: '2021-01-15' }),
        round('quiet', '2024-06-30', 4, { commentsDeletedOn: '2024-12-30' }),
      ],
      proposed: { answersKeptYears: 1, commentsKeptMonths: 1 },
      answers: [],
      responses: 0,
      comments: [],
    },
    {
      when: 'when a round is open, or closes today, then it is never due',
      rounds: [round('open', '2025-02-28', 9), round('closing', TODAY, 3)],
      proposed: { answersKeptYears: 1, commentsKeptMonths: 1 },
      answers: [],
      responses: 0,
      comments: [],
    },
    {
      when: 'when what the current policy already makes due is not yet swept, then it is not counted as new',
      // Comments due 2024-06-30 under 12 months already; answers under 3 years: 2027-06-30.
      rounds: [round('r', '2023-06-30', 6)],
      proposed: { answersKeptYears: 3, commentsKeptMonths: 6 },
      answers: [],
      responses: 0,
      comments: [],
    },
    {
      when: 'when the periods are lengthened, then nothing is listed',
      rounds: [round('a', '2021-01-15', 8), round('b', '2024-01-15', 2), round('c', '2023-01-15', 1)],
      proposed: { answersKeptYears: 10, commentsKeptMonths: 120 },
      answers: [],
      responses: 0,
      comments: [],
    },
    {
      when: 'when several rounds become due, then each is listed once and the responses add up',
      // 2022-06-30 and 2023-01-01 + 2 years ≤ today: 3 + 4 responses; 2024-03-31 + 6 months: comments.
      rounds: [
        round('a', '2022-06-30', 3, { commentsDeletedOn: '2023-06-30' }),
        round('b', '2023-01-01', 4, { commentsDeletedOn: '2024-01-01' }),
        round('c', '2024-03-31', 5),
        round('d', '2024-12-31', 6),
      ],
      proposed: { answersKeptYears: 1, commentsKeptMonths: 6 },
      answers: ['a', 'b'],
      responses: 7,
      comments: ['c'],
    },
  ];

  it.each(table)('$when', ({ rounds, proposed, answers, responses, comments }) => {
    const preview = retentionPreview(rounds, current, proposed, TODAY);
    expect({
      answers: idsOf(preview.answers.rounds),
      responses: preview.answers.responses,
      comments: idsOf(preview.comments.rounds),
    }).toEqual({ answers, responses, comments });
    expect(previewDeletesAnything(preview)).toBe(answers.length + comments.length > 0);
  });

  it('when a report was adopted, then the answers are counted from its adoption', () => {
    // Adopted 2023-12-01 + 1 year = 2024-12-01 ≤ today; under 3 years: 2026-12-01.
    const adopted = round('r', '2023-06-30', 12, {
      reportAdoptedOn: '2023-12-01',
      commentsDeletedOn: '2024-06-30',
    });
    const preview = retentionPreview(
      [adopted],
      current,
      { answersKeptYears: 1, commentsKeptMonths: 12 },
      TODAY,
    );
    expect(idsOf(preview.answers.rounds)).toEqual(['r']);
  });
});
