import { InvalidDefinition } from '../../errors';
import { entryIssues, type EntryRules } from './entry-issues';
import { isPlainObject } from './is-plain-object';
import { compositeCheck, type CompositeCheck } from './nested-check';
import { nestedQuestion, NO_LOGIC, type CompileAnswerCheck, type NestedQuestion } from './nested-question';

function itemQuestion(
  item: unknown,
  index: number,
  name: string,
  source: string,
  compile: CompileAnswerCheck,
) {
  const where = `${name}.items[${index}]`;
  if (!isPlainObject(item)) throw new InvalidDefinition(source, where, 'expected an object');
  if (typeof item.name !== 'string' || item.name === '')
    throw new InvalidDefinition(source, where, 'item has no name');
  // Each item is a text editor (QuestionTextModel): inputType, validators, maxLength as for text.
  return nestedQuestion(
    { ...item, type: 'text' },
    item.name,
    `${name}.${item.name}`,
    NO_LOGIC,
    source,
    compile,
  );
}

/**
 * A multipletext ({ item: text }): each item judged as a text question; a required item must be
 * filled even when the whole question was left empty (survey-core checks every item's editor).
 */
export function multipleTextCheck(
  element: Record<string, unknown>,
  source: string,
  name: string,
  compile: CompileAnswerCheck,
): CompositeCheck {
  const items = element.items;
  if (!Array.isArray(items) || items.length === 0)
    throw new InvalidDefinition(source, name, 'multipletext has no items');
  const questions: NestedQuestion[] = items.map((item, index) =>
    itemQuestion(item, index, name, source, compile),
  );
  const names = questions.map((question) => question.name);
  const twice = names.find((item, index) => names.indexOf(item) !== index);
  if (twice !== undefined) throw new InvalidDefinition(source, `${name}.${twice}`, 'duplicate item name');
  const rules: EntryRules = { questions, hiddenValues: 'keep', unknownKey: 'unknown item' };
  return compositeCheck({
    nestedIssues: (answer, values) => entryIssues(answer, values, rules),
    missingIssues: (_answer, values) => entryIssues({}, values, rules, { sent: false }),
    itemValues: (path) => questions.find((question) => `.${question.name}` === path)?.answer.values,
  });
}
