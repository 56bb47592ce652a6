import { readItem } from '../../../core/indicators/read-item';

// One respondent's answers in the shapes a browser's survey.data sends (survey contract).
const answers = {
  q: '3',
  n: 4,
  yes: true,
  travel: 'other',
  'travel-Comment': 'by horse',
  m: { noise: '2', light: '5' },
  md: { r1: { c1: 'a', c2: 3 }, 'r.2': { 'c.x': 'b' } },
  r: ['bus', 'bike', 'walk'],
  children: [{ age: '7', happy: '4' }, { age: '9' }, { happy: '2' }],
  rows: [{ col: 1 }, { col: 'x' }, {}],
};

describe('readItem', () => {
  it.each([
    ['q', '3'],
    ['n', 4],
    ['yes', true],
    // 'other' is an answer of its own; the free text beside it is another key, never the item's value
    ['travel', 'other'],
    // matrix m, row noise → the column value chosen
    ['m.noise', '2'],
    // matrixdropdown md, row r1, column c2; row and column names with dots split where they exist
    ['md.r1.c2', 3],
    ['md.r.2.c.x', 'b'],
    // ranking r = [bus, bike, walk]: bike is ranked 2nd
    ['r.bike', 2],
    ['r.bus', 1],
  ] as const)('when the item is %s, then its value is %p', (path, expected) => {
    expect(readItem(answers, path)).toBe(expected);
  });

  it.each([
    // children: entries 1 and 3 answered happy, entry 2 did not → 2 values, in entry order
    ['children[].happy', ['4', '2']],
    ['children[].age', ['7', '9']],
    // matrixdynamic rows: the third row has no col
    ['rows[].col', [1, 'x']],
    ['children[].shoe', []],
  ] as const)('when the item is the repeated %s, then its values are %p', (path, expected) => {
    expect(readItem(answers, path)).toEqual(expected);
  });

  it.each([
    ['an unasked question', 'shoe'],
    ['an unanswered matrix row', 'm.dark'],
    ['a matrixdropdown row without that cell', 'md.r1.c9'],
    ['a choice left out of the ranking', 'r.car'],
    ['a whole matrix (no single value)', 'm'],
    ['a whole matrixdropdown row', 'md.r1'],
    ['a path into a plain answer', 'q.3'],
  ])('when the item is %s, then there is no answer', (_, path) => {
    expect(readItem(answers, path)).toBeUndefined();
  });

  it('when a question name holds a dot, then the whole name wins over a matrix row of the same path', () => {
    const dotted = { 'a.b': '1', a: { b: '2' } };
    expect(readItem(dotted, 'a.b')).toBe('1');
    // Known question names decide even when the dotted question is unanswered.
    expect(readItem({ a: { b: '2' } }, 'a.b', new Set(['a.b', 'a']))).toBeUndefined();
    expect(readItem({ a: { b: '2' } }, 'a.b')).toBe('2');
    expect(readItem({ 'x.y': { row: '5' } }, 'x.y.row', new Set(['x.y']))).toBe('5');
  });

  it('when known question names are given, then a path into an unknown question is no answer', () => {
    expect(readItem(answers, 'm.noise', new Set(['q']))).toBeUndefined();
    expect(readItem(answers, 'children[].happy', new Set(['q']))).toBeUndefined();
    expect(readItem(answers, 'children[].happy', new Set(['children']))).toEqual(['4', '2']);
  });

  it('when a dynamic panel holds a matrix, then its rows are read per entry', () => {
    const panels = { p: [{ m: { row: '1' } }, { m: { row: '3' } }, { m: 'broken' }] };
    expect(readItem(panels, 'p[].m.row')).toEqual(['1', '3']);
  });

  it.each([
    ['answers that are not an object', null, 'q'],
    ['answers that are an array', ['3'], '0'],
    ['a checkbox array where one value is due', { q: ['3'] }, 'q'],
    ['an object where one value is due', { q: { v: 3 } }, 'q'],
    ['an empty text', { q: '' }, 'q'],
    ['a matrix stored as text', { m: 'noise=2' }, 'm.noise'],
    ['a matrix row holding an object', { m: { noise: { v: '2' } } }, 'm.noise'],
    ['a ranking of objects', { r: [{ value: 'bus' }] }, 'r.bus'],
    ['a matrixdropdown row stored as text', { md: { r1: 'a' } }, 'md.r1.c1'],
    ['a prototype member as a row', { m: { noise: '2' } }, 'm.constructor'],
    ['a prototype member as a question', { m: { noise: '2' } }, 'constructor.name'],
    ['__proto__ as a path', { m: { noise: '2' } }, '__proto__'],
    ['toString as a question', {}, 'toString'],
  ])('when stored answers hold %s, then the item has no answer and nothing throws', (_, stored, path) => {
    expect(readItem(stored, path)).toBeUndefined();
  });

  it('when a key is inherited rather than the answers’ own, then it is no answer; a stored "__proto__" key is data', () => {
    const inherited = Object.create({ q: '3', m: { noise: '2' } }) as Record<string, unknown>;
    expect(readItem(inherited, 'q')).toBeUndefined();
    expect(readItem(inherited, 'm.noise')).toBeUndefined();
    const parsed = JSON.parse('{"__proto__": {"row": "1"}, "m": {"__proto__": "2"}}') as Record<
      string,
      unknown
    >;
    expect(readItem(parsed, '__proto__.row')).toBe('1');
    expect(readItem(parsed, 'm.__proto__')).toBe('2');
  });

  it.each([
    ['a repeated group stored as an object', { p: { q: '1' } }],
    ['a repeated group stored as text', { p: 'q=1' }],
  ])('when stored answers hold %s, then the repeated item has no answer', (_, stored) => {
    expect(readItem(stored, 'p[].q')).toBeUndefined();
  });

  it('when entries are malformed, then only well-formed entries give values', () => {
    const entries: unknown[] = [
      null,
      'x',
      ['1'],
      { q: ['1'] },
      { q: { v: 1 } },
      { q: '2' },
      { constructor: 1 },
    ];
    const stored = { p: entries };
    expect(readItem(stored, 'p[].q')).toEqual(['2']);
    expect(readItem(stored, 'p[].constructor')).toEqual([1]);
    expect(readItem({ p: [{}] }, 'p[].constructor')).toEqual([]);
  });
});
