import fs from 'node:fs';
import { linkedFamilies } from '../../../core/anonymity/linked-families';
import { familyModel } from '../../../core/anonymity/family-statistics';
import { InstrumentIndicators } from '../../../core/indicators/indicator-definition';
import { instrument } from './support/release-fixture';

const definitions = (key: string) =>
  InstrumentIndicators.parse(
    JSON.parse(fs.readFileSync(`survey-definitions/${key}/indicators.json`, 'utf8')),
  );

describe('indicators linked by the answers they share', () => {
  it('when every pupil indicator shares an item with another, then the pupil survey is one family', () => {
    const families = linkedFamilies(definitions('pupil-wellbeing'));
    expect(new Set(families.values()).size).toBe(1);
  });

  it('when the employee factors use items of their own, then each is its own family, harassment included', () => {
    const families = linkedFamilies(definitions('employee-wellbeing'));
    expect(new Set(families.values()).size).toBe(11);
    expect(families.get('not-harassed')).toBe('not-harassed');
  });

  it('when families are switched off, then every indicator is alone', () => {
    const families = linkedFamilies(definitions('pupil-wellbeing'), false);
    expect([...families].every(([key, family]) => key === family)).toBe(true);
  });

  it('when a share and a distribution count the same item, then the model links the share to the answers it counts', () => {
    const model = familyModel(instrument, new Set(instrument.indicators.map((i) => i.key)));
    // not-bullied: answered 4 or 5 ('rarely', 'never'); the distribution lists answers 1..5.
    expect(model.links).toEqual([
      {
        share: 'not-bullied',
        distribution: 'bullied-frequency',
        yesParts: [false, false, false, true, true],
      },
    ]);
    const happiness = model.statistics.find((s) => s.key === 'happiness');
    expect(happiness).toMatchObject({ kind: 'sum', lo: 1, hi: 5 });
  });

  it('when the pupil survey scores young pupils on another item, then the link to the bullying answers still holds for the others', () => {
    const pupil = definitions('pupil-wellbeing');
    const model = familyModel(pupil, new Set(pupil.indicators.map((i) => i.key)));
    expect(model.links.map((l) => [l.share, l.distribution])).toEqual([['not-bullied', 'bullied-frequency']]);
    // A mean and its 0-100 rescale would be one statistic; the care survey has both.
    const care = definitions('care-user-satisfaction');
    const careModel = familyModel(care, new Set(care.indicators.map((i) => i.key)));
    const score = careModel.statistics.find((s) => s.key === 'satisfaction-score')!;
    expect(score.indicatorKeys).toEqual(['satisfaction-score', 'satisfaction-index']);
  });
});
