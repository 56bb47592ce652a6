import type { LocalizedText } from '../indicators/indicator-definition';

/**
 * More answers than people: a unit whose answers exceed the people expected to answer (its
 * personal links made, or its stored size). Someone may have answered twice, the class size may be
 * out of date, or someone is adding answers to lift the unit past the anonymity minimum (padding).
 */
export interface UnitCount {
  answers: number;
  /** The people expected to answer; null when not known (then nothing can be said). */
  expected: number | null;
  /** What `expected` counts: the unit's stored size, or the personal links made for it. */
  expectedFrom: 'population' | 'links' | null;
}

export interface OverPopulation {
  answers: number;
  people: number;
  note: LocalizedText;
}

export function isOverPopulation(unit: UnitCount): boolean {
  return unit.expected !== null && unit.answers > unit.expected;
}

/** The flag of one unit, with its words; null when its answers are within its people. */
export function overPopulationOf(unit: UnitCount): OverPopulation | null {
  if (!isOverPopulation(unit)) return null;
  const people = unit.expected!;
  return { answers: unit.answers, people, note: overPopulationNote(unit.answers, people, unit.expectedFrom) };
}

/** The units whose answers exceed their people, in the order given. */
export function unitsOverPopulation<T extends UnitCount>(units: readonly T[]): T[] {
  return units.filter(isOverPopulation);
}

/** "23 answers from 21 people: more answers than people — …" in da/nb/en. */
export function overPopulationNote(
  answers: number,
  people: number,
  from: UnitCount['expectedFrom'],
): LocalizedText {
  if (from === 'links')
    return {
      da: `${answers} svar, ${people} personlige links lavet: flere svar end personer — en kan have svaret to gange, eller der er svaret via et åbent link`,
      nb: `${answers} svar, ${people} personlige lenker laget: flere svar enn personer — noen kan ha svart to ganger, eller det er svart via en åpen lenke`,
      en: `${answers} answers, ${people} personal links made: more answers than people — someone may have answered twice, or answers came through an open link`,
    };
  return {
    da: `${answers} svar fra ${people} personer: flere svar end personer — en kan have svaret to gange, eller klassens størrelse er forældet`,
    nb: `${answers} svar fra ${people} personer: flere svar enn personer — noen kan ha svart to ganger, eller klassestørrelsen er utdatert`,
    en: `${answers} answers from ${people} people: more answers than people — someone may have answered twice, or the class size is out of date`,
  };
}
