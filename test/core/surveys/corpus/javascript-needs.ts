import { FunctionFactory, Serializer } from 'survey-core';

/**
 * What a definition needs from JavaScript that its JSON cannot carry, found with survey-core's own
 * registries: question types not in survey-core's Serializer (custom components), functions in
 * expressions not in its FunctionFactory by default, and choicesByUrl (a request at run time).
 * Each entry names the type, function or property; compileValidator must refuse such a definition
 * with a message naming one of them.
 */
const ELEMENT_LISTS = ['pages', 'elements', 'questions', 'templateElements', 'columns'];
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

function elementType(key: string, element: Record<string, unknown>): string | undefined {
  const type = key === 'columns' ? element.cellType : element.type;
  return typeof type === 'string' ? type : undefined;
}

export function javascriptNeeds(survey: unknown): string[] {
  const needs = new Set<string>();
  const visit = (node: unknown, listKey: string | undefined) => {
    if (Array.isArray(node)) return node.forEach((item) => visit(item, listKey));
    if (typeof node !== 'object' || node === null) return;
    const element = node as Record<string, unknown>;
    const type = listKey === undefined ? undefined : elementType(listKey, element);
    if (type !== undefined && Serializer.findClass(type.toLowerCase()) === undefined) needs.add(type);
    for (const [key, value] of Object.entries(element)) {
      if (key === 'choicesByUrl') needs.add(key);
      if (isExpressionKey(key) && typeof value === 'string')
        functionNames(value).forEach((name) => needs.add(name));
      visit(value, ELEMENT_LISTS.includes(key) ? key : undefined);
    }
  };
  visit(survey, undefined);
  return [...needs];
}
