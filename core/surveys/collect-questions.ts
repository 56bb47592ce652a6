import type { ConditionRunner } from 'survey-core';
import { InvalidDefinition } from '../errors';
import { commentKeyOf } from './choice-options';
import { showsCommentArea } from './comment-area';
import { compileAnswerCheck, type AnswerCheck, type CompileContext } from './compile-answer-check';
import { compileCondition, compileExpression } from './compile-condition';
import { shareEntries } from './composite/shared-entries';
import { attempt, type DefinitionProblem } from './definition-problem';
import { withGeneratedNames } from './generated-names';
import { readSurveyLevel, type ComputedValue } from './read-survey-level';

export type { DefinitionProblem };

/** Logic shared by a question and its enclosing panels and page. */
export interface Visibility {
  /** All must be true for the element to be visible / enabled. */
  visibleIf: ConditionRunner[];
  enableIf: ConditionRunner[];
  /** `visible: false` on the element or a container: survey-core never shows it. */
  alwaysHidden: boolean;
  /** `readOnly: true` on the element or a container: survey-core checks nothing of it. */
  alwaysReadOnly: boolean;
}

/** One answerable question with its own logic and that of every enclosing panel and page. */
export interface SurveyQuestion extends Visibility {
  name: string;
  /** Where its answer is stored: valueName, else name. Questions may share one. */
  key: string;
  answer: AnswerCheck;
  /** `<key>-Comment` when it has a comment area or other text there, else null. */
  commentKey: string | null;
  isRequired: boolean;
  requiredIf: ConditionRunner | null;
  /**
   * Rendered as survey-core builds the model, before any answer is set: on the first page of a
   * plain paged survey, else on any page (whenever unsure, as before this was known).
   */
  onFirstPage: boolean;
}

/** A panel with isRequired / requiredIf: one of its questions must be answered (requireoneanswer). */
export interface RequiredPanel extends Visibility {
  name: string;
  isRequired: boolean;
  requiredIf: ConditionRunner | null;
  questions: SurveyQuestion[];
}

/** A definition read once: what the validator needs, and every problem found on the way. */
export interface SurveyStructure {
  questions: SurveyQuestion[];
  panels: RequiredPanel[];
  computed: ComputedValue[];
  /** clearInvisibleValues "none": survey-core keeps answers to hidden questions. */
  keepsHiddenAnswers: boolean;
  commentMaxLength: number;
  problems: DefinitionProblem[];
}

interface Walk {
  source: string;
  context: CompileContext;
  structure: SurveyStructure;
  names: Set<string>;
  conditions: Map<string, ConditionRunner>;
  /** Whether the page being walked is the first. */
  onFirstPage: boolean;
}

/** Elements that show something but take no answer; expression questions are computed values. */
const NO_ANSWER_TYPES = new Set(['html', 'image', 'expression']);
const CONTAINER_TYPES = new Set(['panel', 'flowpanel']);
/** Expressions that set values in the browser: compiled so an unknown function is refused. */
const VALUE_EXPRESSIONS = ['setValueIf', 'resetValueIf'];
const VALUE_RUNNERS = ['setValueExpression', 'defaultValueExpression'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function label(element: Record<string, unknown>, path: string): string {
  return typeof element.name === 'string' && element.name !== '' ? element.name : path;
}

/**
 * A condition compiled once per text in a definition: pages repeating one condition share a runner,
 * so validating runs it once per answer set (the validator caches results per runner).
 */
function sharedCondition(walk: Walk, element: Record<string, unknown>, name: string, property: string) {
  const text = element[property];
  const known = typeof text === 'string' ? walk.conditions.get(text) : undefined;
  if (known !== undefined) return known;
  const runner = compileCondition(text, walk.source, name, property);
  if (runner !== null) walk.conditions.set(text as string, runner);
  return runner;
}

function withOwnLogic(element: Record<string, unknown>, name: string, inherited: Visibility, walk: Walk) {
  const visibleIf = sharedCondition(walk, element, name, 'visibleIf');
  const enableIf = sharedCondition(walk, element, name, 'enableIf');
  return {
    visibleIf: visibleIf === null ? inherited.visibleIf : [...inherited.visibleIf, visibleIf],
    enableIf: enableIf === null ? inherited.enableIf : [...inherited.enableIf, enableIf],
    // survey-core's visibleIf sets `visible` when it runs: visible false is only the start then.
    alwaysHidden: inherited.alwaysHidden || (element.visible === false && visibleIf === null),
    alwaysReadOnly: inherited.alwaysReadOnly || element.readOnly === true,
  };
}

function visitContainer(
  container: unknown,
  path: string,
  inherited: Visibility,
  walk: Walk,
): SurveyQuestion[] {
  if (!isObject(container)) throw new InvalidDefinition(walk.source, path, 'expected an object');
  const name = label(container, path);
  // A container whose own logic does not compile is still walked, so its questions' problems show too.
  const logic =
    attempt(walk.structure.problems, () => withOwnLogic(container, name, inherited, walk)) ?? inherited;
  const listed = container.elements ?? container.questions ?? [];
  // survey-core loads no elements from a list that is not an array (and so asks nothing there).
  const elements: unknown[] = Array.isArray(listed) ? listed : [];
  const questions = elements.flatMap(
    (element, index) =>
      attempt(walk.structure.problems, () =>
        visitElement(element, `${path}.elements[${index}]`, logic, walk),
      ) ?? [],
  );
  const requiredIf = compileCondition(container.requiredIf, walk.source, name, 'requiredIf');
  if (container.isRequired === true || requiredIf !== null)
    walk.structure.panels.push({
      name,
      isRequired: container.isRequired === true,
      requiredIf,
      questions,
      ...logic,
    });
  return questions;
}

function visitElement(element: unknown, path: string, inherited: Visibility, walk: Walk): SurveyQuestion[] {
  if (!isObject(element)) throw new InvalidDefinition(walk.source, path, 'expected an object');
  // survey-core creates no element for an object without a type: it is not part of the survey.
  if (element.type === undefined) return [];
  if (typeof element.type === 'string' && CONTAINER_TYPES.has(element.type))
    return visitContainer(element, path, inherited, walk);
  if (element.type === 'expression') return visitExpression(element, path, inherited, walk);
  if (typeof element.type === 'string' && NO_ANSWER_TYPES.has(element.type)) return [];
  const question = compileQuestion(element, path, inherited, walk);
  walk.structure.questions.push(question);
  return [question];
}

/** An expression question: survey-core computes its value, so an answer to it is recomputed. */
function visitExpression(element: Record<string, unknown>, path: string, inherited: Visibility, walk: Walk) {
  const name = label(element, path);
  const runner = compileExpression(element.expression, walk.source, name, 'expression');
  if (runner === null || name === path) return [];
  const key = typeof element.valueName === 'string' && element.valueName !== '' ? element.valueName : name;
  walk.structure.computed.push({
    key,
    runner,
    kept: true,
    ...withOwnLogic(element, name, inherited, walk),
  });
  return [];
}

/** Choices a browser gets at run time, not from the definition: they cannot be checked. */
function choicesLoadedElsewhere(element: Record<string, unknown>): string | null {
  if (element.choicesByUrl !== undefined)
    return 'choicesByUrl loads choices from a web service, which cannot be checked';
  if (element.choicesLazyLoadEnabled === true)
    return 'choicesLazyLoadEnabled takes choices from JavaScript (onChoicesLazyLoad), which cannot be checked';
  return null;
}

function compileQuestion(element: Record<string, unknown>, path: string, inherited: Visibility, walk: Walk) {
  const { source } = walk;
  const name = label(element, path);
  if (name === path) throw new InvalidDefinition(source, path, 'question has no name');
  if (walk.names.has(name)) throw new InvalidDefinition(source, name, 'duplicate question name');
  walk.names.add(name);
  const loaded = choicesLoadedElsewhere(element);
  if (loaded !== null) throw new InvalidDefinition(source, name, loaded);
  VALUE_EXPRESSIONS.forEach((key) => compileCondition(element[key], source, name, key));
  VALUE_RUNNERS.forEach((key) => compileExpression(element[key], source, name, key));
  const key = typeof element.valueName === 'string' && element.valueName !== '' ? element.valueName : name;
  const answer = compileAnswerCheck(element, source, name, walk.context);
  return {
    name,
    key,
    answer,
    commentKey: answer.choiceOptions?.hasCommentKey || showsCommentArea(element) ? commentKeyOf(key) : null,
    isRequired: element.isRequired === true,
    requiredIf: compileCondition(element.requiredIf, source, name, 'requiredIf'),
    onFirstPage: walk.onFirstPage,
    ...withOwnLogic(element, name, inherited, walk),
  };
}

/** Every named element of the definition, for choicesFromQuestion (which may point forward). */
function indexElements(node: unknown, index: Map<string, Record<string, unknown>>): void {
  if (Array.isArray(node)) return node.forEach((child) => indexElements(child, index));
  if (!isObject(node)) return;
  if (typeof node.name === 'string' && typeof node.type === 'string' && !index.has(node.name))
    index.set(node.name, node);
  for (const key of ['pages', 'elements', 'questions']) indexElements(node[key], index);
}

/**
 * Whether survey-core renders only the first page as it builds the model: not so in one-page modes,
 * after a start page or when the first page may be hidden (seen: all of a page's questions render).
 */
function rendersFirstPageOnly(surveyJson: Record<string, unknown>, pages: unknown[]): boolean {
  const mode = surveyJson.questionsOnPageMode;
  const first = pages[0];
  return (
    (mode === undefined || mode === 'standard') &&
    surveyJson.firstPageIsStartPage !== true &&
    isObject(first) &&
    first.visibleIf === undefined &&
    first.visible !== false
  );
}

/**
 * The questions of a SurveyJS definition in order, walked once: pages → elements, panels nested
 * with their own elements (a definition without pages is one page of top-level `elements`, or of
 * the old top-level `questions`). Problems are collected, not thrown.
 */
export function readSurvey(surveyJson: unknown, source: string): SurveyStructure {
  if (!isObject(surveyJson)) throw new InvalidDefinition(source, '(survey)', 'expected a JSON object');
  const top = surveyJson.elements ?? surveyJson.questions;
  const listed = surveyJson.pages ?? (top === undefined ? undefined : [{ elements: top }]);
  if (!Array.isArray(listed)) throw new InvalidDefinition(source, '(survey)', 'expected an array of pages');
  const pages = withGeneratedNames(listed);
  const index = new Map<string, Record<string, unknown>>();
  indexElements(pages, index);
  const level = readSurveyLevel(surveyJson, source);
  const structure: SurveyStructure = { questions: [], panels: [], ...level, problems: [...level.problems] };
  const walk: Walk = {
    source,
    context: { survey: surveyJson, elementNamed: (n) => index.get(n) },
    structure,
    names: new Set(),
    conditions: new Map(),
    onFirstPage: true,
  };
  const top0: Visibility = { visibleIf: [], enableIf: [], alwaysHidden: false, alwaysReadOnly: false };
  const firstOnly = rendersFirstPageOnly(surveyJson, pages);
  pages.forEach((page, i) => {
    walk.onFirstPage = i === 0 || !firstOnly;
    attempt(walk.structure.problems, () => visitContainer(page, `pages[${i}]`, top0, walk));
  });
  // Questions sharing a valueName answer one list of entries: each checks its own keys of them.
  shareEntries(structure.questions);
  return structure;
}

/** The questions of a definition; throws InvalidDefinition for its first problem. */
export function collectQuestions(surveyJson: unknown, source: string): SurveyQuestion[] {
  const structure = readSurvey(surveyJson, source);
  const [first] = structure.problems;
  if (first !== undefined) throw new InvalidDefinition(source, first.element, first.message);
  return structure.questions;
}
