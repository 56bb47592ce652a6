import { changeMark, manyChangesSummaryIn } from '../../../core/reports/many-changes-text';

describe('the words for many changes at once', () => {
  const twelve = { judged: 12, marked: 5, expectedByChance: 0.6, holdAtFdr: 4 };

  it('when 12 changes are judged, then each language says how many are marked, expected by chance and hold', () => {
    expect(manyChangesSummaryIn(twelve, 'en')).toBe(
      '12 changes judged; 5 marked at 95 %. By chance alone about 0.6 would be marked even if nothing had changed. 4 hold when all 12 are judged together (false discovery rate 5 %).',
    );
    expect(manyChangesSummaryIn(twelve, 'da')).toBe(
      '12 ændringer vurderet; 5 markeret på 95 %-niveau. Alene ved tilfældighed ville omkring 0,6 blive markeret, selv hvis intet havde ændret sig. 4 holder, når alle 12 vurderes samlet (højst 5 % falske fund).',
    );
    expect(manyChangesSummaryIn(twelve, 'nb')).toBe(
      '12 endringer vurdert; 5 markert på 95 %-nivå. Bare ved tilfeldighet ville omtrent 0,6 blitt markert, selv om ingenting hadde endret seg. 4 holder når alle 12 vurderes samlet (høyst 5 % falske funn).',
    );
  });

  it("when they are one goal's among 40, then it says so; when none is marked, then it says nothing of holding", () => {
    expect(manyChangesSummaryIn({ ...twelve, holdAtFdr: 1 }, 'en', 40)).toBe(
      '12 changes judged for this goal; 5 marked at 95 %. By chance alone about 0.6 would be marked even if nothing had changed. 1 of them holds when all 40 changes you can see are judged together (false discovery rate 5 %).',
    );
    expect(manyChangesSummaryIn({ judged: 1, marked: 0, expectedByChance: 0.05, holdAtFdr: 0 }, 'en')).toBe(
      '1 change judged; 0 marked at 95 %. By chance alone about 0.1 would be marked even if nothing had changed.',
    );
    // 191 changes: 9.55 by chance, with one decimal below 10; from 10 on, a whole number.
    expect(
      manyChangesSummaryIn({ judged: 191, marked: 87, expectedByChance: 9.55, holdAtFdr: 0 }, 'da'),
    ).toContain('omkring 9,6 blive markeret');
    expect(
      manyChangesSummaryIn({ judged: 280, marked: 97, expectedByChance: 14, holdAtFdr: 0 }, 'da'),
    ).toContain('omkring 14 blive markeret, selv hvis intet havde ændret sig. Ingen af dem holder');
  });

  it('when a change is marked, then it holds or may be chance; unmarked or unjudged changes get no mark', () => {
    expect(changeMark({ pValue: 0.001, holdsAtFdr: true })).toBe('holds');
    expect(changeMark({ pValue: 0.03, holdsAtFdr: false })).toBe('may-be-chance');
    expect(changeMark({ pValue: 0.3, holdsAtFdr: false })).toBeNull();
    // A report adopted before the marks existed, or a change no view judged with others.
    expect(changeMark({ pValue: 0.001 })).toBeNull();
    expect(changeMark({})).toBeNull();
  });
});
