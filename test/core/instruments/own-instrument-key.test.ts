import { localInstrumentKey, ownInstrumentKey } from '../../../core/instruments/own-instrument-key';

describe('ownInstrumentKey', () => {
  it.each([
    // slug, local key, installation-wide key
    ['aarhus', 'library-users', 'aarhus--library-users'],
    ['bergen-kommune', 'pupil-wellbeing', 'bergen-kommune--pupil-wellbeing'],
  ])('when %s publishes %s, then its key is %s', (slug, local, key) => {
    expect(ownInstrumentKey(slug, local)).toEqual({ key });
  });

  it.each([
    ['a--b', 'a double hyphen would let another municipality reach the same key'],
    ['Library', 'upper case'],
    ['9lives', 'a digit first'],
    ['', 'nothing'],
  ])('when the local key is "%s" (%s), then it is refused', (local) => {
    expect(ownInstrumentKey('aarhus', local)).toHaveProperty('problem');
  });

  it('when two municipalities use one local key, then their keys differ and neither is the built-in', () => {
    const a = ownInstrumentKey('aarhus', 'pupil-wellbeing');
    const b = ownInstrumentKey('aarhus-vest', 'pupil-wellbeing');
    expect(a).not.toEqual(b);
    expect([a, b]).not.toContainEqual({ key: 'pupil-wellbeing' });
  });
});

describe('localInstrumentKey', () => {
  it('when she starts from her own published instrument, then its slug is taken off again', () => {
    expect(localInstrumentKey('aarhus', 'aarhus--library-users')).toBe('library-users');
  });

  it("when she starts from a built-in or another slug's key, then the key is kept as written", () => {
    expect(localInstrumentKey('aarhus', 'pupil-wellbeing')).toBe('pupil-wellbeing');
    expect(localInstrumentKey('aarhus', 'bergen--x')).toBe('bergen--x');
  });
});
