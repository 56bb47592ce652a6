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

/** How the questions of a template or a detail panel are read. */
export interface ContainedWalk {
  /** Names the container in labels: "owner[].question". */
  owner: string;
  source: string;
  compile: CompileAnswerCheck;
  /**
   * 'inherit': a panel's visibleIf / enableIf carries down to its questions. 'refuse': such a
   * panel is a definition error (survey-core does not run it in a matrix row's detail panel
   * that was never opened, so its effect depends on what the respondent clicked).
   */
  panelLogic: 'inherit' | 'refuse';
  /** The answer key is the question's valueName when it has one (a detail panel's row keys). */
  byValueName: boolean;
}

interface Walk extends ContainedWalk {
  questions: NestedQuestion[];
}

/** survey-core computes an expression question itself: whatever an entry holds for it is its result. */
const COMPUTED: PartCheck = { check: () => null };

function visitElements(elements: unknown, path: string, logic: NestedLogic, walk: Walk): void {
  if (!Array.isArray(elements)) throw new InvalidDefinition(walk.source, path, 'elements must be an array');
  elements.forEach((element, index) => visitElement(element, `${path}[${index}]`, logic, walk));
}

function nonEmpty(text: unknown): string | undefined {
  return typeof text === 'string' && text !== '' ? text : undefined;
}

function visitPanel(element: Record<string, unknown>, path: string, logic: NestedLogic, walk: Walk): void {
  const label = `${walk.owner}.${nonEmpty(element.name) ?? path}`;
  const own = withOwnLogic(element, label, logic, walk.source);
  const hasLogic = own.visibleIf !== logic.visibleIf || own.enableIf !== logic.enableIf;
  if (hasLogic && walk.panelLogic === 'refuse')
    throw new InvalidDefinition(
      walk.source,
      label,
      'visibleIf or enableIf on a panel inside detailElements is not supported',
    );
  visitElements(element.elements ?? [], `${path}.elements`, own, walk);
}

function visitElement(element: unknown, path: string, logic: NestedLogic, walk: Walk): void {
  const { source, owner } = walk;
  if (!isPlainObject(element)) throw new InvalidDefinition(source, path, 'expected an object');
  if (element.type === 'html') return;
  if (element.type === 'panel') return visitPanel(element, path, logic, walk);
  const name = nonEmpty(element.name);
  if (name === undefined) throw new InvalidDefinition(source, path, 'question has no name');
  const key = (walk.byValueName ? nonEmpty(element.valueName) : undefined) ?? name;
  const label = `${owner}[].${key}`;
  if (walk.questions.some((question) => question.name === key))
    throw new InvalidDefinition(source, label, 'duplicate question name');
  const compile = element.type === 'expression' ? () => COMPUTED : walk.compile;
  walk.questions.push(nestedQuestion(element, key, label, logic, source, compile));
}

/**
 * The questions of a list of elements held in one entry (a dynamic panel, a matrix row's detail
 * panel), panels inside flattened with their logic carried down (as collectQuestions does for a
 * survey), each compiled once.
 */
export function containedQuestions(elements: unknown, path: string, walk: ContainedWalk): NestedQuestion[] {
  const all: Walk = { ...walk, questions: [] };
  visitElements(elements, path, { visibleIf: [], enableIf: [] }, all);
  return all.questions;
}

/** The questions of a paneldynamic's template. */
export function templateQuestions(
  element: Record<string, unknown>,
  source: string,
  name: string,
  compile: CompileAnswerCheck,
): NestedQuestion[] {
  // survey-core keeps panels of an empty template as empty objects ([{}, {}]); so do we.
  return containedQuestions(element.templateElements ?? [], `${name}.templateElements`, {
    owner: name,
    source,
    compile,
    panelLogic: 'inherit',
    byValueName: false,
  });
}
