import { searchTerms } from '../../../core/initiatives/search-terms';

describe('searchTerms', () => {
  it.each([
    ['Sprog', 'sprog:*'],
    ['dialogisk  læsning', 'dialogisk:* & læsning:*'],
    ['  ', ''],
    // Operators and quotes are not letters: they separate words and vanish.
    ["sprog & !(læs) | 'x':*", 'sprog:* & læs:* & x:*'],
    ['Ældre ældre ÆLDRE', 'ældre:*'],
    ['a b c d e f g h i j', 'a:* & b:* & c:* & d:* & e:* & f:* & g:* & h:*'],
    ['2024 forsøg', '2024:* & forsøg:*'],
  ])('when the user types %j, then the tsquery is %j', (typed, expected) => {
    expect(searchTerms(typed)).toBe(expected);
  });
});
