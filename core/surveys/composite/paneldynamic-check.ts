import type { ConditionRunner } from 'survey-core';
import { compileCondition } from '../compile-condition';
import { countProperty } from './count-property';
import { duplicateCells, type PlacedEntry } from './duplicate-cells';
import { entryContext, entryIssues, type EntryRules } from './entry-issues';
import { isPlainObject } from './is-plain-object';
import { compositeCheck, type CompositeCheck, type NestedIssue } from './nested-check';
import type { CompileAnswerCheck } from './nested-question';
import { sharedEntries } from './shared-entries';
import { templateQuestions } from './template-questions';

type Values = Record<string, unknown>;

interface DynamicPanel {
  entry: EntryRules;
  keyName: string[];
  isRequired: boolean;
  /** Run per panel with {panel.x} and {panelIndex} set: survey-core hides a panel where it fails. */
  templateVisibleIf: ConditionRunner | null;
  /**
   * Panels shown for no answer (absent, null, '' or []): panelCount, at least minPanelCount, and
   * as many as a defaultValue list has: survey-core keeps the panels it built for the default, emptied.
   */
  initialPanels: number;
}

function panelsIssues(panels: unknown[], values: Values, rules: DynamicPanel, sent = true): NestedIssue[] {
  const issues: NestedIssue[] = [];
  const placed: PlacedEntry[] = [];
  panels.forEach((entry, index) => {
    const at = `[${index}]`;
    const context = { ...values, panel: isPlainObject(entry) ? entryContext(entry) : {}, panelIndex: index };
    const shown = rules.templateVisibleIf === null || rules.templateVisibleIf.runValues(context) === true;
    // survey-core validates nothing in a hidden panel and keeps its answers: they must still fit
    // their question (deliberate difference 'kept-answers-checked'), but none is required.
    const found = entryIssues(entry, context, rules.entry, { sent, shown });
    issues.push(...found.map((i) => ({ at: at + i.at, issue: i.issue })));
    // A hidden panel's keyName value may repeat a shown one's (survey-core checks shown panels only).
    if (isPlainObject(entry) && shown) placed.push({ at, entry });
  });
  return [...issues, ...duplicateCells(placed, rules.keyName)];
}

function dynamicPanelIssues(answer: unknown, values: Values, rules: DynamicPanel): NestedIssue[] {
  if (!Array.isArray(answer)) return [{ at: '', issue: 'expected a list of panels' }];
  // survey-core's isEmpty: a required dynamic panel needs a panel with at least one key.
  const empty = answer.every((panel) => isPlainObject(panel) && Object.keys(panel).length === 0);
  if (rules.isRequired && empty) return [{ at: '', issue: 'answer required' }];
  return panelsIssues(answer, values, rules);
}

/**
 * A paneldynamic ([{ question: answer }, …]): each panel judged like a page of the template's
 * questions, their conditions run with {panel.x} and {panelIndex} set; survey-core drops a hidden
 * template question's answer on complete, so we refuse it. In a panel hidden by templateVisibleIf
 * nothing is required. minPanelCount and panelCount only say how many empty panels survey-core
 * shows when no answer is sent; maxPanelCount is not checked.
 */
export function panelDynamicCheck(
  element: Record<string, unknown>,
  source: string,
  name: string,
  compile: CompileAnswerCheck,
): CompositeCheck {
  const where = { source, name };
  const questions = templateQuestions(element, source, name, compile);
  const entries = sharedEntries(questions.map((question) => question.name));
  const rules: DynamicPanel = {
    entry: { questions, hiddenValues: 'refuse', unknownKey: 'unknown question', beside: entries.beside },
    keyName: typeof element.keyName === 'string' && element.keyName !== '' ? [element.keyName] : [],
    isRequired: element.isRequired === true,
    templateVisibleIf: compileCondition(element.templateVisibleIf, source, name, 'templateVisibleIf'),
    initialPanels: Math.max(
      countProperty(element, 'panelCount', 0, where),
      countProperty(element, 'minPanelCount', 0, where),
      Array.isArray(element.defaultValue) ? element.defaultValue.length : 0,
    ),
  };
  return compositeCheck({
    entries,
    nestedIssues: (answer, values) => dynamicPanelIssues(answer, values, rules),
    missingIssues: (_answer, values) =>
      panelsIssues(
        Array.from({ length: rules.initialPanels }, () => ({})),
        values,
        rules,
        false,
      ),
    completedOnLaterPage: (answer) =>
      rules.initialPanels === 0 ? answer : Array.from({ length: rules.initialPanels }, () => ({})),
    itemValues: (path) => questions.find((question) => `[].${question.name}` === path)?.answer.values,
  });
}
