import { LiveStateDigest } from '../../db/live-state-digest';

type Item = ['s', string] | ['n', number | null] | ['b', boolean];

const digestOf = (items: Item[]) => {
  const d = new LiveStateDigest();
  for (const [kind, value] of items) {
    if (kind === 's') d.string(value);
    else if (kind === 'n') d.number(value);
    else d.boolean(value);
  }
  return d.digest();
};

describe('the digest of a live state', () => {
  it('when the same sequence is digested twice, then the digests are equal', () => {
    const items: Item[] = [
      ['s', 'wellbeing'],
      ['n', 0.8333333333333334],
      ['n', null],
      ['b', true],
      ['s', 'wellbeing'],
    ];
    expect(digestOf(items)).toBe(digestOf(items));
  });

  it.each<[string, Item[], Item[]]>([
    [
      'strings split differently',
      [
        ['s', 'ab'],
        ['s', 'c'],
      ],
      [
        ['s', 'a'],
        ['s', 'bc'],
      ],
    ],
    ['a null and a zero', [['n', null]], [['n', 0]]],
    ['the last bit of a double', [['n', 0.1 + 0.2]], [['n', 0.3]]],
    ['zero and minus zero', [['n', 0]], [['n', -0]]],
    [
      'a repeated string and two strings',
      [
        ['s', 'x'],
        ['s', 'x'],
      ],
      [
        ['s', 'x'],
        ['s', 'y'],
      ],
    ],
    [
      'the order of two strings',
      [
        ['s', 'x'],
        ['s', 'y'],
      ],
      [
        ['s', 'y'],
        ['s', 'x'],
      ],
    ],
    [
      'a number and the index of a string',
      [
        ['s', 'x'],
        ['n', 0],
      ],
      [
        ['s', 'x'],
        ['s', 'x'],
      ],
    ],
    [
      'one more item',
      [['n', 1]],
      [
        ['n', 1],
        ['n', null],
      ],
    ],
  ])('when two sequences differ by %s, then their digests differ', (_, a, b) => {
    expect(digestOf(a)).not.toBe(digestOf(b));
  });

  it('when a sequence is longer than one block, then a change at either end still changes the digest', () => {
    const long = (first: number, last: number): Item[] => [
      ['n', first],
      ...Array.from({ length: 20_000 }, (_, i): Item =>
        i % 3 === 0 ? ['s', `unit-${i % 7}`] : ['n', i / 7],
      ),
      ['n', last],
    ];
    const base = digestOf(long(1, 2));
    expect(digestOf(long(1, 2))).toBe(base);
    expect(digestOf(long(9, 2))).not.toBe(base);
    expect(digestOf(long(1, 9))).not.toBe(base);
  });
});
