import type { ConditionRunner } from 'survey-core';
import { InvalidDefinition } from '../errors';
import { compileAnswerCheck, type AnswerCheck } from './compile-answer-check';
import { compileCondition } from './compile-condition';

/** One answerable question with its own logic and that of every enclosing panel and page. */
export interface SurveyQuestion {
  name: string;
  answer: AnswerCheck;
  isRequired: boolean;
  requiredIf: ConditionRunner | null;
  /** All must be true for the question to be visible / enabled. */
  visibleIf: ConditionRunner[];
  enableIf: ConditionRunner[];
}

interface Inherited {
  visibleIf: ConditionRunner[];
  enableIf: ConditionRunner[];
}

interface Walk {
  source: string;
  questions: SurveyQuestion[];
  names: Set<string>;
}

/** Elements that show something but take no answer. */
const NO_ANSWER_TYPES = new Set(['html', 'expression']);

/** SurveyJS features that add answer keys or values we do not validate: refused, not ignored. */
const UNSUPPORTED = ['showOtherItem', 'hasOther', 'showNoneItem', 'hasNone', 'showCommentArea', 'hasComment'];
const UNSUPPORTED_SOURCES = ['choicesByUrl', 'choicesFromQuestion'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function label(element: Record<string, unknown>, path: string): string {
  return typeof element.name === 'string' && element.name !== '' ? element.name : path;
}

function withOwnLogic(element: Record<string, unknown>, name: string, inherited: Inherited, source: string) {
  const visibleIf = compileCondition(element.visibleIf, source, name, 'visibleIf');
  const enableIf = compileCondition(element.enableIf, source, name, 'enableIf');
  return {
    visibleIf: visibleIf === null ? inherited.visibleIf : [...inherited.visibleIf, visibleIf],
    enableIf: enableIf === null ? inherited.enableIf : [...inherited.enableIf, enableIf],
  };
}

function visitContainer(container: unknown, path: string, inherited: Inherited, walk: Walk): void {
  if (!isObject(container)) throw new InvalidDefinition(walk.source, path, 'expected an object');
  const name = label(container, path);
  const logic = withOwnLogic(container, name, inherited, walk.source);
  const elements = container.elements ?? [];
  if (!Array.isArray(elements)) throw new InvalidDefinition(walk.source, name, 'elements must be an array');
  elements.forEach((element, index) => visitElement(element, `${path}.elements[${index}]`, logic, walk));
}

function visitElement(element: unknown, path: string, inherited: Inherited, walk: Walk): void {
  if (!isObject(element)) throw new InvalidDefinition(walk.source, path, 'expected an object');
  if (element.type === 'panel') return visitContainer(element, path, inherited, walk);
  if (typeof element.type === 'string' && NO_ANSWER_TYPES.has(element.type)) return;
  walk.questions.push(compileQuestion(element, path, inherited, walk));
}

function compileQuestion(element: Record<string, unknown>, path: string, inherited: Inherited, walk: Walk) {
  const { source } = walk;
  const name = label(element, path);
  if (name === path) throw new InvalidDefinition(source, path, 'question has no name');
  if (walk.names.has(name)) throw new InvalidDefinition(source, name, 'duplicate question name');
  walk.names.add(name);
  const unsupported = [...UNSUPPORTED, ...UNSUPPORTED_SOURCES].find((key) => element[key]);
  if (unsupported !== undefined) throw new InvalidDefinition(source, name, `${unsupported} is not supported`);
  return {
    name,
    answer: compileAnswerCheck(element, source, name),
    isRequired: element.isRequired === true,
    requiredIf: compileCondition(element.requiredIf, source, name, 'requiredIf'),
    ...withOwnLogic(element, name, inherited, source),
  };
}

/**
 * The questions of a SurveyJS definition in order, walked once: pages → elements, panels nested
 * with their own elements (a definition without pages is one page of top-level `elements`).
 */
export function collectQuestions(surveyJson: unknown, source: string): SurveyQuestion[] {
  if (!isObject(surveyJson)) throw new InvalidDefinition(source, '(survey)', 'expected a JSON object');
  const pages =
    surveyJson.pages ?? (surveyJson.elements === undefined ? undefined : [{ elements: surveyJson.elements }]);
  if (!Array.isArray(pages)) throw new InvalidDefinition(source, '(survey)', 'expected an array of pages');
  const walk: Walk = { source, questions: [], names: new Set() };
  pages.forEach((page, index) =>
    visitContainer(page, `pages[${index}]`, { visibleIf: [], enableIf: [] }, walk),
  );
  return walk.questions;
}
