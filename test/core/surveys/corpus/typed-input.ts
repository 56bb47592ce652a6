import fc from 'fast-check';
import type { Question } from 'survey-core';

/** Draws one value during a run (fast-check's fc.gen()). */
export type Draw = <T>(arbitrary: fc.Arbitrary<T>) => T;

/** Our cap on free text when the definition sets none (compile-answer-check.ts). */
const DEFAULT_MAX_LENGTH = 2000;
const SHORT_TEXT = fc.oneof(
  { arbitrary: fc.string({ minLength: 1, maxLength: 30 }), weight: 4 },
  { arbitrary: fc.constantFrom('Fint.', 'Ja tak', ' ', '  x  ', '42', 'a@b.dk'), weight: 2 },
);

export function text(question: Question, draw: Draw): string {
  const declared = (question as Question & { getMaxLength?(): number }).getMaxLength?.() ?? 0;
  const max = declared > 0 ? Math.min(declared, DEFAULT_MAX_LENGTH) : DEFAULT_MAX_LENGTH;
  const value = draw(fc.oneof({ arbitrary: SHORT_TEXT, weight: 9 }, fc.constant('x'.repeat(max))));
  return value.slice(0, max);
}

function numberOrUndefined(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An <input> of the question's inputType gives a string of its shape; survey-core converts numbers. */
export function typedInput(question: Question, draw: Draw): string {
  const inputType = String(question.getPropertyValue('inputType') ?? 'text');
  const min = numberOrUndefined(question.getPropertyValue('min'));
  const max = numberOrUndefined(question.getPropertyValue('max'));
  const day = () =>
    `${draw(fc.integer({ min: 2019, max: 2027 }))}-${pad(draw(fc.integer({ min: 1, max: 12 })))}-${pad(draw(fc.integer({ min: 1, max: 28 })))}`;
  const clock = () =>
    `${pad(draw(fc.integer({ min: 0, max: 23 })))}:${pad(draw(fc.integer({ min: 0, max: 59 })))}`;
  switch (inputType) {
    case 'number':
    case 'range': {
      const low = (min ?? -20) - 3;
      const high = Math.max(low, (max ?? 120) + 3);
      return String(draw(fc.oneof(fc.integer({ min: low, max: high }), fc.constantFrom(0.5, 2.25))));
    }
    case 'email':
      return draw(fc.constantFrom('ane@example.dk', 'bo.b@kommune.dk', 'not-an-email', 'x@y'));
    case 'date': {
      const bounds = [question.getPropertyValue('min'), question.getPropertyValue('max')].filter(isIsoDate);
      return bounds.length > 0 && draw(fc.boolean()) ? draw(fc.constantFrom(...bounds)) : day();
    }
    case 'datetime-local':
      return `${day()}T${clock()}`;
    case 'time':
      return clock();
    case 'month':
      return day().slice(0, 7);
    case 'week':
      return `${draw(fc.integer({ min: 2019, max: 2027 }))}-W${pad(draw(fc.integer({ min: 1, max: 52 })))}`;
    case 'color':
      return draw(fc.constantFrom('#000000', '#ff8800', '#3366cc'));
    case 'tel':
      return draw(fc.constantFrom('+45 12 34 56 78', '12345678', 'ring mig'));
    case 'url':
      return draw(fc.constantFrom('https://example.org', 'http://kommune.dk/side', 'ikke en adresse'));
    default:
      return text(question, draw);
  }
}
