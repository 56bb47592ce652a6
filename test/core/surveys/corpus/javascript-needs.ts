import { FunctionFactory, Serializer } from 'survey-core';

/**
 * What a definition needs from JavaScript that its JSON cannot carry, found with survey-core's own
 * registries: question, validator and trigger types not in its Serializer (custom components and
 * classes), functions in expressions not in its FunctionFactory by default, choicesByUrl (a
 * request at run time) and choicesLazyLoadEnabled (choices from the onChoicesLazyLoad event).
 * Each entry names the type, function or property; compileValidator must refuse such a definition
 * with a message naming one of them.
 */
const ELEMENT_LISTS = ['pages', 'elements', 'questions', 'templateElements', 'columns'];
/** Lists whose items' `type` names a survey-core class with this suffix ('email' → emailvalidator). */
const CLASS_SUFFIXES: Record<string, string> = { validators: 'validator', triggers: 'trigger' };
/** Words of SurveyJS's expression language that may stand before "(". */
const OPERATORS = new Set([
  'and',
  'or',
  'not',
  'contains',
  'notcontains',
  'anyof',
  'allof',
  'noneof',
  'empty',
  'notempty',
]);

function isExpressionKey(key: string): boolean {
  return key.endsWith('If') || key.endsWith('Expression') || key === 'expression';
}

function functionNames(expression: string): string[] {
  const code = expression.replace(/'[^']*'|"[^"]*"|\{[^}]*\}/g, ' ');
  return [...code.matchAll(/([A-Za-z_$][\w$]*)\s*\(/g)]
    .map(([, name]) => name!)
    .filter((name) => !OPERATORS.has(name.toLowerCase()) && !FunctionFactory.Instance.hasFunction(name));
}

/** The type an item of list `key` names and the survey-core class it needs, if any. */
function classNeeded(
  key: string,
  item: Record<string, unknown>,
): { type: string; className: string } | undefined {
  const type = key === 'columns' ? item.cellType : item.type;
  if (typeof type !== 'string') return undefined;
  const suffix = CLASS_SUFFIXES[key];
  if (suffix === undefined)
    return ELEMENT_LISTS.includes(key) ? { type, className: type.toLowerCase() } : undefined;
  const className = type.toLowerCase().endsWith(suffix)
    ? type.toLowerCase()
    : `${type.toLowerCase()}${suffix}`;
  return { type, className };
}

export function javascriptNeeds(survey: unknown): string[] {
  const needs = new Set<string>();
  const visit = (node: unknown, listKey: string | undefined) => {
    if (Array.isArray(node)) return node.forEach((item) => visit(item, listKey));
    if (typeof node !== 'object' || node === null) return;
    const element = node as Record<string, unknown>;
    const needed = listKey === undefined ? undefined : classNeeded(listKey, element);
    if (needed !== undefined && Serializer.findClass(needed.className) === undefined) needs.add(needed.type);
    for (const [key, value] of Object.entries(element)) {
      if (key === 'choicesByUrl' || (key === 'choicesLazyLoadEnabled' && value === true)) needs.add(key);
      if (isExpressionKey(key) && typeof value === 'string')
        functionNames(value).forEach((name) => needs.add(name));
      visit(value, ELEMENT_LISTS.includes(key) || key in CLASS_SUFFIXES ? key : undefined);
    }
  };
  visit(survey, undefined);
  return [...needs];
}
