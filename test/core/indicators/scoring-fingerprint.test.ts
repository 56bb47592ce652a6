import type { InstrumentIndicators } from '../../../core/indicators/indicator-definition';
import { SCORING_VERSION, scoringFingerprint } from '../../../core/indicators/scoring-fingerprint';

const scale = { '1': 1, '2': 2, '3': 3 };
/** Only the parts scoring reads, plus a label it does not. */
function instrument(
  change: {
    scale?: Record<string, number>;
    question?: string;
    label?: string;
    minAnsweredShare?: number;
    op?: '>' | '>=';
  } = {},
) {
  return {
    breakdowns: [{ key: 'grade', question: change.question ?? 'grade' }],
    indicators: [
      {
        key: 'wellbeing',
        label: { da: change.label ?? 'Trivsel', nb: 'Trivsel', en: 'Wellbeing' },
        score: { itemSets: [['q1', 'q2']], minAnsweredShare: change.minAnsweredShare ?? 0.5 },
        measure: { type: 'share', condition: { op: change.op ?? '>', value: 2 } },
        breakdowns: ['grade'],
      },
    ],
    itemScores: { q1: change.scale ?? scale, q2: scale },
  } as unknown as InstrumentIndicators;
}

describe('scoringFingerprint', () => {
  const base = scoringFingerprint(instrument());

  it('when the instrument is the same (another copy), then the fingerprint is the same and names the scoring version', () => {
    expect(scoringFingerprint(instrument())).toBe(base);
    expect(base.startsWith(`s${SCORING_VERSION}-`)).toBe(true);
  });

  it.each([
    { when: 'an item scale changes', change: { scale: { '1': 1, '2': 2, '3': 4 } } },
    { when: 'a breakdown reads another question', change: { question: 'class-grade' } },
    { when: 'the minimum answered share changes', change: { minAnsweredShare: 0.75 } },
  ])('when $when, then the stored scores are stale (another fingerprint)', ({ change }) => {
    expect(scoringFingerprint(instrument(change))).not.toBe(base);
  });

  it.each([
    { when: 'a label changes', change: { label: 'Trivsel i skolen' } },
    // The share's condition is applied when scores are added up, not stored with them.
    { when: "a share's condition changes", change: { op: '>=' as const } },
  ])('when $when, then the stored scores are still those of the current scoring', ({ change }) => {
    expect(scoringFingerprint(instrument(change))).toBe(base);
  });
});
