/** The answer key survey-core stores a question's other text or comment under (settings.commentSuffix). */
export const commentKeyOf = (key: string) => `${key}-Comment`;

/** The extra items a choice question may show, by property (old name, new name) and stored value. */
const SPECIAL_ITEMS: [string[], string][] = [
  [['showNoneItem', 'hasNone'], 'none'],
  [['showRefuseItem'], 'refused'],
  [['showDontKnowItem'], 'dontknow'],
];
const OTHER = 'other';

const shows = (element: Record<string, unknown>, keys: string[]) => keys.some((key) => element[key] === true);

/** What a choice question's other item, special items and comment area add to its answers. */
export interface ChoiceOptions {
  /** Values besides the listed choices: "none", "refused", "dontknow", "other". */
  extraValues: string[];
  hasOther: boolean;
  /** Other text stored as the answer itself (storeOthersAsComment false), not under the comment key. */
  otherIsValue: boolean;
  /** The question has a comment area or other text under `<key>-Comment`. */
  hasCommentKey: boolean;
  hasCommentArea: boolean;
}

export function readChoiceOptions(
  element: Record<string, unknown>,
  survey: Record<string, unknown>,
): ChoiceOptions {
  const hasOther = shows(element, ['showOtherItem', 'hasOther']);
  const hasCommentArea = shows(element, ['showCommentArea', 'hasComment']);
  // survey-core (getStoreOthersAsComment): with a comment area the other text is the answer itself.
  const storeAsComment = hasCommentArea
    ? false
    : typeof element.storeOthersAsComment === 'boolean'
      ? element.storeOthersAsComment
      : survey.storeOthersAsComment !== false;
  const extraValues = SPECIAL_ITEMS.filter(([keys]) => shows(element, keys)).map(([, value]) => value);
  return {
    extraValues: hasOther ? [...extraValues, OTHER] : extraValues,
    hasOther,
    otherIsValue: hasOther && !storeAsComment,
    hasCommentKey: hasCommentArea || (hasOther && storeAsComment),
    hasCommentArea,
  };
}

const includesOther = (value: unknown) => value === OTHER || (Array.isArray(value) && value.includes(OTHER));

/**
 * survey-core's otherempty error: the other item chosen without its text. Its text is the comment
 * (not trimmed: survey-core takes ' ' as a text), or with storeOthersAsComment false the answer is
 * the text itself, so "other" there is an item chosen with none.
 */
export function otherIssue(options: ChoiceOptions, value: unknown, comment: unknown): string | null {
  if (!options.hasOther || !includesOther(value)) return null;
  if (options.otherIsValue || !comment) return 'the other answer needs its text';
  return null;
}

/** Whether survey-core keeps the comment key for this answer: an other text only beside "other". */
export function keepsComment(options: ChoiceOptions, value: unknown): boolean {
  return options.hasCommentArea || (options.hasCommentKey && includesOther(value));
}
