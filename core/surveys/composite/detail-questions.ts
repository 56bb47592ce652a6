import { InvalidDefinition } from '../../errors';
import type { MatrixColumns } from './matrix-columns';
import type { CompileAnswerCheck, NestedQuestion } from './nested-question';
import { containedQuestions } from './template-questions';

/**
 * The questions of a matrix row's detail panel (detailElements). survey-core stores their answers
 * in the row's object beside the cells, under valueName or name, and validates every visible row's
 * detail panel on complete whether or not it was ever opened (MatrixDropdownRowModelBase.validate
 * creates it), with {row.x} and {rowIndex} as for cells; a hidden detail question keeps its
 * answer, as a hidden cell does. With detailPanelMode "none", survey-core's default, there is no
 * detail panel and detailElements are ignored.
 */
function detailQuestions(
  matrix: Record<string, unknown>,
  source: string,
  name: string,
  compile: CompileAnswerCheck,
): NestedQuestion[] {
  const mode = matrix.detailPanelMode;
  if (mode === undefined || mode === 'none') return [];
  return containedQuestions(matrix.detailElements ?? [], `${name}.detailElements`, {
    owner: name,
    source,
    compile,
    // A panel's visibleIf inside a detail panel is not run when survey-core validates a row.
    panelLogic: 'refuse',
    byValueName: true,
  });
}

/** Every question whose answer a matrix row holds: its cells, then its detail panel's questions. */
export function rowQuestions(
  matrix: Record<string, unknown>,
  columns: MatrixColumns,
  where: { source: string; name: string },
  compile: CompileAnswerCheck,
): NestedQuestion[] {
  const { source, name } = where;
  const detail = detailQuestions(matrix, source, name, compile);
  const shared = detail.find((question) => columns.cells.some((cell) => cell.name === question.name));
  // survey-core gives such a question and the column one key; which of them judges it is not modelled.
  if (shared !== undefined)
    throw new InvalidDefinition(
      source,
      `${name}.${shared.name}`,
      'a detail question has the key of a column',
    );
  return [...columns.cells, ...detail];
}
