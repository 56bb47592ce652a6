import { InvalidDefinition } from '../../errors';
import type { PartCheck } from './part-check';
import { isPlainObject } from './is-plain-object';
import {
  nestedQuestion,
  withOwnLogic,
  type CompileAnswerCheck,
  type NestedLogic,
  type NestedQuestion,
} from './nested-question';

interface TemplateWalk {
  owner: string;
  source: string;
  compile: CompileAnswerCheck;
  questions: NestedQuestion[];
}

/** survey-core computes an expression question itself: whatever a panel holds for it is its result. */
const COMPUTED: PartCheck = { check: () => null };

function visitElements(elements: unknown, path: string, logic: NestedLogic, walk: TemplateWalk): void {
  if (!Array.isArray(elements)) throw new InvalidDefinition(walk.source, path, 'elements must be an array');
  elements.forEach((element, index) => visitElement(element, `${path}[${index}]`, logic, walk));
}

function visitElement(element: unknown, path: string, logic: NestedLogic, walk: TemplateWalk): void {
  const { source, owner } = walk;
  if (!isPlainObject(element)) throw new InvalidDefinition(source, path, 'expected an object');
  if (element.type === 'html') return;
  const name = typeof element.name === 'string' && element.name !== '' ? element.name : undefined;
  if (element.type === 'panel') {
    const own = withOwnLogic(element, `${owner}.${name ?? path}`, logic, source);
    return visitElements(element.elements ?? [], `${path}.elements`, own, walk);
  }
  if (name === undefined) throw new InvalidDefinition(source, path, 'question has no name');
  const label = `${owner}[].${name}`;
  if (walk.questions.some((question) => question.name === name))
    throw new InvalidDefinition(source, label, 'duplicate question name');
  const compile = element.type === 'expression' ? () => COMPUTED : walk.compile;
  walk.questions.push(nestedQuestion(element, name, label, logic, source, compile));
}

/**
 * The questions of a paneldynamic's template, panels inside it flattened with their logic
 * carried down (as collectQuestions does for a survey), each compiled once.
 */
export function templateQuestions(
  element: Record<string, unknown>,
  source: string,
  name: string,
  compile: CompileAnswerCheck,
): NestedQuestion[] {
  const walk: TemplateWalk = { owner: name, source, compile, questions: [] };
  visitElements(
    element.templateElements ?? [],
    `${name}.templateElements`,
    { visibleIf: [], enableIf: [] },
    walk,
  );
  // survey-core keeps panels of an empty template as empty objects ([{}, {}]); so do we.
  return walk.questions;
}
