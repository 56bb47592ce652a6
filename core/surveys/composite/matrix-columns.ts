import { InvalidDefinition } from '../../errors';
import type { PartCheck } from './part-check';
import { withColumnNames } from './column-names';
import { isPlainObject } from './is-plain-object';
import { nestedQuestion, NO_LOGIC, type CompileAnswerCheck, type NestedQuestion } from './nested-question';

/** The columns of a matrixdropdown / matrixdynamic as cell questions, and those whose values must differ. */
export interface MatrixColumns {
  cells: NestedQuestion[];
  /** Columns with isUnique, and a matrixdynamic's keyName: survey-core's keyDuplicationError. */
  unique: string[];
}

/** Cells whose check does not depend on the column. */
const FIXED_CELLS = new Map<unknown, PartCheck>([
  // survey-core computes an expression cell itself and overwrites whatever was sent.
  ['expression', { check: () => null }],
  // An html cell shows text and takes no answer: a browser sends nothing for it.
  ['html', { check: () => 'an html cell takes no answer' }],
]);

const CHOICE_CELLS = new Set(['dropdown', 'radiogroup', 'checkbox', 'tagbox']);
const TEXT_CELLS = new Set<unknown>(['text', 'comment']);

/** A text cell of only whitespace is cleared by survey-core (unlike a text question): not sent. */
function trimmedText(compile: CompileAnswerCheck): CompileAnswerCheck {
  return (element, source, name) => {
    const text = compile(element, source, name);
    return {
      ...text,
      check: (value, values) =>
        typeof value === 'string' && value.trim() === ''
          ? 'only whitespace (survey-core clears such a cell)'
          : text.check(value, values),
    };
  };
}

/**
 * The non-text values a matrix's defaultValue (rows as a list or by row value) or the column's own
 * defaultValue gives a text cell: a browser sends an untouched default as it is, e.g. the number 2.
 */
function defaultNonText(column: Record<string, unknown>, matrix: Record<string, unknown>): unknown[] {
  const given = matrix.defaultValue;
  const rows = Array.isArray(given) ? given : isPlainObject(given) ? Object.values(given) : [];
  const values = rows.filter(isPlainObject).map((row) => row[column.name as string]);
  return [...values, column.defaultValue].filter((v) => typeof v === 'number' || typeof v === 'boolean');
}

function acceptingDefaults(compile: CompileAnswerCheck, defaults: unknown[]): CompileAnswerCheck {
  if (defaults.length === 0) return compile;
  return (element, source, name) => {
    const cell = compile(element, source, name);
    return {
      ...cell,
      check: (value, values) => (defaults.includes(value) ? null : cell.check(value, values)),
    };
  };
}

/** A column's cell type: its own, else the matrix's cellType, else survey-core's "dropdown". */
function cellTypeOf(column: Record<string, unknown>, matrix: Record<string, unknown>): unknown {
  const own = column.cellType;
  if (own !== undefined && own !== 'default') return own;
  return matrix.cellType ?? 'dropdown';
}

/**
 * The element a cell question is compiled from: the column, with the matrix's choices by default.
 * A cell keeps its other text as the survey's storeOthersAsComment says, whatever the column says.
 */
function cellElement(column: Record<string, unknown>, matrix: Record<string, unknown>) {
  const type = cellTypeOf(column, matrix);
  const { storeOthersAsComment: _ignored, ...cell } = column;
  if (typeof type !== 'string' || !CHOICE_CELLS.has(type)) return { ...cell, type };
  const own = Array.isArray(column.choices) && column.choices.length > 0;
  return { ...cell, type, choices: own ? column.choices : (matrix.choices ?? []) };
}

function cellQuestion(
  column: unknown,
  index: number,
  matrix: Record<string, unknown>,
  names: { matrix: string; source: string },
  compile: CompileAnswerCheck,
): NestedQuestion {
  const { source } = names;
  const where = `${names.matrix}.columns[${index}]`;
  if (!isPlainObject(column)) throw new InvalidDefinition(source, where, 'expected an object');
  if (typeof column.name !== 'string' || column.name === '')
    throw new InvalidDefinition(source, where, 'column has no name');
  const label = `${names.matrix}.${column.name}`;
  const element = cellElement(column, matrix);
  const fixed = FIXED_CELLS.get(element.type);
  const checkOf: CompileAnswerCheck =
    fixed !== undefined
      ? () => fixed
      : TEXT_CELLS.has(element.type)
        ? acceptingDefaults(trimmedText(compile), defaultNonText(column, matrix))
        : compile;
  const cell = nestedQuestion(element, column.name, label, NO_LOGIC, source, checkOf);
  return { ...cell, trimsOtherText: true, defaultValue: column.defaultValue };
}

/**
 * Reads a matrix's columns; an unsupported cell type is a definition error. Columns of one name
 * share one cell key in survey-core (each cell shows the same value): each of them is a cell
 * question judging that key, the shown ones with their checks and isRequired (entry-issues.ts).
 */
export function readMatrixColumns(
  matrix: Record<string, unknown>,
  source: string,
  name: string,
  compile: CompileAnswerCheck,
): MatrixColumns {
  const columns = Array.isArray(matrix.columns) ? withColumnNames(matrix.columns) : matrix.columns;
  if (!Array.isArray(columns) || columns.length === 0)
    throw new InvalidDefinition(source, name, 'matrix has no columns');
  const cells = columns.map((column, index) =>
    cellQuestion(column, index, matrix, { matrix: name, source }, compile),
  );
  const withNamesakes = cells.map((cell) => {
    const namesakes = cells.filter((other) => other !== cell && other.name === cell.name);
    return namesakes.length === 0 ? cell : { ...cell, namesakes };
  });
  const unique = columns
    .filter((column: Record<string, unknown>) => column.isUnique === true)
    .map((c) => c.name);
  if (typeof matrix.keyName === 'string' && matrix.keyName !== '' && !unique.includes(matrix.keyName))
    unique.push(matrix.keyName);
  return { cells: withNamesakes, unique: unique as string[] };
}
