import { ValidationFailed } from '../../../core/errors';
import { parseEmailAddressList } from '../../../core/respondents/email-address-list';

describe('parseEmailAddressList', () => {
  it.each([
    { text: 'a@example.dk', expected: ['a@example.dk'] },
    {
      text: '  a@example.dk  \r\n\r\nb@skole.example.no\n',
      expected: ['a@example.dk', 'b@skole.example.no'],
    },
    {
      text: 'a@example.dk\nA@Example.DK\nb@example.dk\na@example.dk',
      expected: ['a@example.dk', 'b@example.dk'],
    },
    { text: 'søren@kommune.dk\nx.y+z@sub.æøå.dk', expected: ['søren@kommune.dk', 'x.y+z@sub.æøå.dk'] },
  ])('when the list is $text, then the addresses are $expected', ({ text, expected }) => {
    expect(parseEmailAddressList(text, 10)).toEqual(expected);
  });

  const issuesOf = (text: string, max = 10) => {
    try {
      parseEmailAddressList(text, max);
    } catch (error) {
      if (error instanceof ValidationFailed) return error.details;
      throw error;
    }
    throw new Error('expected a validation failure');
  };

  it.each([
    { text: 'a@example.dk\n\nnot-an-address', issue: 'line 3: "not-an-address" is not an e-mail address' },
    { text: 'a@example', issue: 'line 1: "a@example" is not an e-mail address' },
    { text: 'Anne <a@example.dk>', issue: 'line 1: "Anne <a@example.dk>" is not an e-mail address' },
    {
      text: 'a@example.dk, b@example.dk',
      issue: 'line 1: "a@example.dk, b@example.dk" is not an e-mail address',
    },
    { text: ' \n ', issue: 'at least one address, one a line' },
  ])('when the list is $text, then it is refused naming the line', ({ text, issue }) => {
    expect(issuesOf(text)).toEqual([{ field: 'emails', issue }]);
  });

  it('when there are more distinct addresses than allowed, then it is refused with the count (3 > 2)', () => {
    expect(issuesOf('a@x.dk\nb@x.dk\nc@x.dk\nA@x.dk', 2)).toEqual([
      { field: 'emails', issue: 'at most 2 addresses at a time (3 given)' },
    ]);
  });
});
