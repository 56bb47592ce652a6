import { InvalidDefinition } from '../errors';
import type { AnswerCheck, CompileContext } from './answer-check';
import { choiceCheck } from './choice-check';

/** Properties of a choice question that an image map does not have (it has areas, no special items). */
const CHOICE_ONLY = [
  'choices',
  'choicesFromQuestion',
  'showOtherItem',
  'hasOther',
  'showNoneItem',
  'hasNone',
  'minSelectedChoices',
  'maxSelectedChoices',
];

/**
 * survey-core's imagemap: its areas are its choices (`value`, `visibleIf`, `enableIf`); with
 * multiSelect (the default) the answer is a list of area values limited by min/maxSelectedAreas,
 * otherwise one area value. Completion drops values of no (visible) area, as for a checkbox, and
 * a multi-select answer ''.
 */
export function imageMapCheck(
  element: Record<string, unknown>,
  source: string,
  name: string,
  context: CompileContext,
): AnswerCheck {
  if (element.valuePropertyName !== undefined)
    throw new InvalidDefinition(source, name, 'valuePropertyName on an image map is not supported');
  const choiceElement: Record<string, unknown> = Object.fromEntries(
    Object.entries(element).filter(([key]) => !CHOICE_ONLY.includes(key)),
  );
  const multiSelect = element.multiSelect !== false;
  const check = choiceCheck(
    {
      ...choiceElement,
      type: multiSelect ? 'checkbox' : 'radiogroup',
      multiSelect: undefined,
      choices: Array.isArray(element.areas) ? element.areas : [],
      ...(multiSelect
        ? { minSelectedChoices: element.minSelectedAreas, maxSelectedChoices: element.maxSelectedAreas }
        : {}),
    },
    source,
    name,
    context,
  );
  // survey-core's clearIncorrectValues on completion: '' is no list of areas, and goes.
  return multiSelect ? { ...check, dropsEmptyText: true } : check;
}
