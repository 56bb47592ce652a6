/** One answer value an item holds; itemScores and breakdown groups read it as String(value). */
export type ItemValue = string | number | boolean;

type Answers = Record<string, unknown>;

/**
 * The answer to one item (survey contract, "Item paths"): a single value for `q`, `m.row`,
 * `md.row.col` and `r.choice` (the 1-based position of `choice` in ranking r, undefined when not
 * ranked), and the entries' values for a repeated group `p[].q` / `md[].col` (an array, entries
 * without a single value left out). A path that is itself a question name is that question: names
 * may contain dots. With `knownQuestionNames` that is decided by the survey; without, by the answer
 * keys (validated answers hold only questions' names, so an answered question is found either way).
 * Never throws: stored answers may predate today's validator, and a wrong shape is no answer.
 */
export function readItem(
  answers: unknown,
  itemPath: string,
  knownQuestionNames?: ReadonlySet<string>,
): ItemValue | ItemValue[] | undefined {
  if (!isRecord(answers)) return undefined;
  if (knownQuestionNames === undefined) {
    // The common case first, one property read: this runs per item of every response of a recompute.
    const value = answers[itemPath];
    if (value !== undefined && Object.hasOwn(answers, itemPath)) return singleValue(value);
  } else if (knownQuestionNames.has(itemPath)) return singleValue(ownValue(answers, itemPath));
  const repeated = itemPath.indexOf('[].');
  if (repeated > 0) {
    const group = itemPath.slice(0, repeated);
    if (knownQuestionNames && !knownQuestionNames.has(group)) return undefined;
    return entryValues(ownValue(answers, group), itemPath.slice(repeated + 3));
  }
  return nestedValue(answers, itemPath, knownQuestionNames);
}

/** One value per entry of a paneldynamic or matrixdynamic answer; each entry read as answers. */
function entryValues(group: unknown, path: string): ItemValue[] | undefined {
  if (!Array.isArray(group)) return undefined;
  const values: ItemValue[] = [];
  for (const entry of group) {
    const value = readItem(entry, path);
    if (value !== undefined && !Array.isArray(value)) values.push(value);
  }
  return values;
}

/**
 * `m.row`, `md.row.col`, `r.choice`: the question is the longest dotted prefix that is a question
 * (the more specific name, when a definition has both `a` and `a.b`).
 */
function nestedValue(
  answers: Answers,
  path: string,
  knownQuestionNames: ReadonlySet<string> | undefined,
): ItemValue | undefined {
  for (let dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.', dot - 1)) {
    const name = path.slice(0, dot);
    if (knownQuestionNames ? knownQuestionNames.has(name) : Object.hasOwn(answers, name))
      return valueWithin(ownValue(answers, name), path.slice(dot + 1));
  }
  return undefined;
}

/** A ranking's position of `rest`, a matrix row's column, or a matrixdropdown row's cell. */
function valueWithin(answer: unknown, rest: string): ItemValue | undefined {
  if (Array.isArray(answer)) {
    const position = answer.findIndex((choice) => isSingle(choice) && String(choice) === rest);
    return position < 0 ? undefined : position + 1;
  }
  if (!isRecord(answer)) return undefined;
  if (Object.hasOwn(answer, rest)) return singleValue(answer[rest]);
  // Row and column names may hold dots too: try each split, the longest row first.
  for (let dot = rest.lastIndexOf('.'); dot > 0; dot = rest.lastIndexOf('.', dot - 1)) {
    const row = ownValue(answer, rest.slice(0, dot));
    if (isRecord(row) && Object.hasOwn(row, rest.slice(dot + 1)))
      return singleValue(row[rest.slice(dot + 1)]);
  }
  return undefined;
}

const ownValue = (record: Answers, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;

function isSingle(value: unknown): value is ItemValue {
  if (typeof value === 'number') return Number.isFinite(value);
  return (typeof value === 'string' && value !== '') || typeof value === 'boolean';
}

const singleValue = (value: unknown): ItemValue | undefined => (isSingle(value) ? value : undefined);

function isRecord(value: unknown): value is Answers {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
