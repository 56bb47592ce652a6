import type { OrgUnit } from '../../../core/org/org-unit';
import { defaultRoundUnits, mayBeAsked } from '../../../core/surveys/round-audience';

const unit = (name: string, kind: OrgUnit['kind'], sector: string | null): OrgUnit => ({
  id: name,
  municipalityId: 'm',
  parentId: null,
  path: `/${name}/`,
  kind,
  sector,
  name,
  grade: null,
});
const tree = [
  unit('Kommune', 'municipality', null),
  unit('Børn og Unge', 'area', 'administration'),
  unit('Nordskolen', 'institution', 'school'),
  unit('6.A', 'group', 'school'),
  unit('Solsikken', 'institution', 'daycare'),
  unit('Solbakken', 'institution', 'nursing-home'),
  unit('Uden sektor', 'institution', null),
];
const names = (units: OrgUnit[]) => units.map((u) => u.name);

describe('defaultRoundUnits', () => {
  it.each([
    { instrument: 'pupil-wellbeing', expected: ['6.A'] },
    { instrument: 'parent-satisfaction', expected: ['Nordskolen', 'Solsikken'] },
    { instrument: 'care-user-satisfaction', expected: ['Solbakken'] },
    { instrument: 'employee-wellbeing', expected: ['Nordskolen', 'Solsikken', 'Solbakken', 'Uden sektor'] },
    { instrument: 'unknown-survey', expected: [] },
  ])(
    'when the survey is $instrument, then the units asked by default are $expected',
    ({ instrument, expected }) => {
      expect(names(defaultRoundUnits(instrument, tree))).toEqual(expected);
    },
  );
});

describe('mayBeAsked', () => {
  it('when a unit is an institution or group, then respondents can answer for it; areas and the municipality not', () => {
    expect(tree.filter(mayBeAsked).map((u) => u.kind)).toEqual([
      'institution',
      'group',
      'institution',
      'institution',
      'institution',
    ]);
  });
});
