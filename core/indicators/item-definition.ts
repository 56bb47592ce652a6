type Json = Record<string, unknown>;

/**
 * An item path's place in a survey definition (survey contract, "Item paths"):
 * - `definition`: what decides what the item means, for its fingerprint: the question reduced to
 *   the item (a matrix with only that row, a matrixdropdown with that row and column, a dynamic
 *   panel with only that template question), or the whole ranking (a position depends on every
 *   choice);
 * - `answers`: the element whose `choices` (and otherText/noneText) name the item's values, when
 *   they are choices: a matrix row's are its columns. Absent for a ranking (values are positions).
 */
export interface ItemDefinition {
  definition: Json;
  answers?: Json;
}

/** The item at `itemPath` in `survey`, or undefined when the path names nothing there. */
export function itemDefinition(survey: unknown, itemPath: string): ItemDefinition | undefined {
  const question = findQuestion(survey, itemPath);
  if (question !== undefined) return { definition: question, answers: question };
  const repeated = itemPath.indexOf('[].');
  if (repeated > 0) {
    const group = findQuestion(survey, itemPath.slice(0, repeated));
    return group && entryItem(group, itemPath.slice(repeated + 3));
  }
  // Names may hold dots: the longest dotted prefix that is a question, as readItem reads answers.
  for (let dot = itemPath.lastIndexOf('.'); dot > 0; dot = itemPath.lastIndexOf('.', dot - 1)) {
    const composite = findQuestion(survey, itemPath.slice(0, dot));
    if (composite !== undefined) return partItem(composite, itemPath.slice(dot + 1));
  }
  return undefined;
}

/** `p[].q` (a template question, itself any item path) or `md[].col`. */
function entryItem(group: Json, rest: string): ItemDefinition | undefined {
  if (group.type === 'paneldynamic') {
    const inner = itemDefinition({ elements: group.templateElements }, rest);
    return (
      inner && { definition: { ...group, templateElements: [inner.definition] }, answers: inner.answers }
    );
  }
  if (group.type !== 'matrixdynamic') return undefined;
  const column = findColumn(group.columns, rest);
  return column && { definition: { ...group, columns: [column] }, answers: cellAnswers(group, column) };
}

/** `m.row`, `md.row.col` or `r.choice`. */
function partItem(question: Json, rest: string): ItemDefinition | undefined {
  if (question.type === 'ranking') return { definition: question };
  if (question.type === 'matrix') {
    const found = findRow(question.rows, rest);
    return (
      found && { definition: { ...question, rows: [found.row] }, answers: { choices: question.columns } }
    );
  }
  if (question.type !== 'matrixdropdown') return undefined;
  for (let dot = rest.lastIndexOf('.'); dot > 0; dot = rest.lastIndexOf('.', dot - 1)) {
    const found = findRow(question.rows, rest.slice(0, dot));
    const column = findColumn(question.columns, rest.slice(dot + 1));
    if (found !== undefined && column !== undefined)
      return {
        definition: { ...question, rows: [found.row], columns: [column] },
        answers: cellAnswers(question, column),
      };
  }
  return undefined;
}

/** A matrix column's cells take the column's choices, or else the matrix's own. */
function cellAnswers(matrix: Json, column: Json): Json {
  return { ...column, choices: column.choices ?? matrix.choices };
}

/** The row whose value is `wanted`, as the definition writes it (a value or { value, text }). */
function findRow(rows: unknown, wanted: string): { row: unknown } | undefined {
  if (!Array.isArray(rows)) return undefined;
  const row = (rows as unknown[]).find((r) => String(isRecord(r) ? r.value : r) === wanted);
  return row === undefined ? undefined : { row };
}

/** The column named `wanted` (columns are objects with a name). */
function findColumn(columns: unknown, wanted: string): Json | undefined {
  if (!Array.isArray(columns)) return undefined;
  return (columns as unknown[]).find((c): c is Json => isRecord(c) && String(c.name) === wanted);
}

/** The question named `name` among the survey's pages and (nested) panels, not inside dynamic panels. */
function findQuestion(node: unknown, name: string): Json | undefined {
  if (Array.isArray(node)) {
    for (const child of node as unknown[]) {
      const found = findQuestion(child, name);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isRecord(node)) return undefined;
  if (node.name === name && typeof node.type === 'string' && node.type !== 'panel') return node;
  return findQuestion(node.pages, name) ?? findQuestion(node.elements, name);
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
