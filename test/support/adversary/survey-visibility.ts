/**
 * What an attacker reads in a SurveyJS definition: which questions are required and under which
 * answers to a background question an item is visible. A tiny evaluator for the conditions the
 * instruments use (`{grade} <= 3`, `{grade} >= 4 or {grade} empty`); anything else counts as
 * "may be visible" (the attacker then simply knows less).
 */
export interface QuestionFacts {
  required: boolean;
  /** The conditions of the question and of every panel or page around it. */
  conditions: string[];
  /** The answer values offered, if it offers a list. */
  choices: unknown[];
}

type Node = { [key: string]: unknown };

export function readQuestions(survey: unknown): Map<string, QuestionFacts> {
  const facts = new Map<string, QuestionFacts>();
  const walk = (node: unknown, conditions: string[]): void => {
    if (Array.isArray(node)) return node.forEach((child) => walk(child, conditions));
    if (!node || typeof node !== 'object') return;
    const element = node as Node;
    const own = typeof element.visibleIf === 'string' ? [...conditions, element.visibleIf] : conditions;
    if (typeof element.name === 'string' && typeof element.type === 'string' && element.type !== 'panel')
      facts.set(element.name, {
        required: element.isRequired === true,
        conditions: own,
        choices: Array.isArray(element.choices)
          ? element.choices.map((c) => (c && typeof c === 'object' && 'value' in c ? (c as Node).value : c))
          : [],
      });
    for (const key of ['pages', 'elements', 'templateElements']) if (key in element) walk(element[key], own);
  };
  walk(survey, []);
  return facts;
}

/** Whether `condition` holds when `question` was answered `value`; undefined when it cannot tell. */
export function holdsFor(condition: string, question: string, value: number): boolean | undefined {
  const alternatives = condition.split(/\s+or\s+/i);
  let result: boolean | undefined = false;
  for (const alternative of alternatives) {
    const verdict = clause(alternative.trim(), question, value);
    if (verdict === true) return true;
    if (verdict === undefined) result = undefined;
  }
  return result;
}

function clause(text: string, question: string, value: number): boolean | undefined {
  const empty = text.match(/^\{(\w+)\}\s+empty$/i);
  if (empty) return empty[1] === question ? false : undefined;
  const compare = text.match(/^\{(\w+)\}\s*(<=|>=|<|>|=|==|!=)\s*(-?\d+(?:\.\d+)?)$/);
  if (!compare || compare[1] !== question) return undefined;
  const limit = Number(compare[3]);
  switch (compare[2]) {
    case '<=':
      return value <= limit;
    case '>=':
      return value >= limit;
    case '<':
      return value < limit;
    case '>':
      return value > limit;
    case '!=':
      return value !== limit;
    default:
      return value === limit;
  }
}

/** The answers of `question` (numbers) under which `item` is certainly visible. */
export function visibleUnder(
  facts: Map<string, QuestionFacts>,
  item: string,
  question: string,
  values: number[],
): number[] {
  const conditions = facts.get(item)?.conditions ?? [];
  return values.filter((v) => conditions.every((c) => holdsFor(c, question, v) === true));
}

/** The answers of `question` under which `item` is certainly hidden. */
export function hiddenUnder(
  facts: Map<string, QuestionFacts>,
  item: string,
  question: string,
  values: number[],
): number[] {
  const conditions = facts.get(item)?.conditions ?? [];
  return values.filter((v) => conditions.some((c) => holdsFor(c, question, v) === false));
}
