import { InvalidDefinition } from '../../errors';
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
  /** Panels shown before any answer: panelCount, at least minPanelCount. */
  initialPanels: number;
}

function panelsIssues(panels: unknown[], values: Values, rules: DynamicPanel, sent = true): NestedIssue[] {
  const issues: NestedIssue[] = [];
  const placed: PlacedEntry[] = [];
  panels.forEach((entry, index) => {
    const at = `[${index}]`;
    const context = { ...values, panel: isPlainObject(entry) ? entryContext(entry) : {}, panelIndex: index };
    issues.push(
      ...entryIssues(entry, context, rules.entry, sent).map((i) => ({ at: at + i.at, issue: i.issue })),
    );
    if (isPlainObject(entry)) placed.push({ at, entry });
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
 * template question's answer on complete, so we refuse it. minPanelCount and panelCount only say
 * how many empty panels survey-core shows when no answer is sent; maxPanelCount is not checked.
 */
export function panelDynamicCheck(
  element: Record<string, unknown>,
  source: string,
  name: string,
  compile: CompileAnswerCheck,
): CompositeCheck {
  if (element.templateVisibleIf !== undefined && element.templateVisibleIf !== '')
    throw new InvalidDefinition(source, name, 'templateVisibleIf is not supported');
  const where = { source, name };
  const questions = templateQuestions(element, source, name, compile);
  const entries = sharedEntries(questions.map((question) => question.name));
  const rules: DynamicPanel = {
    entry: { questions, hiddenValues: 'refuse', unknownKey: 'unknown question', beside: entries.beside },
    keyName: typeof element.keyName === 'string' && element.keyName !== '' ? [element.keyName] : [],
    isRequired: element.isRequired === true,
    initialPanels: Math.max(
      countProperty(element, 'panelCount', 0, where),
      countProperty(element, 'minPanelCount', 0, where),
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
    itemValues: (path) => questions.find((question) => `[].${question.name}` === path)?.answer.values,
  });
}
