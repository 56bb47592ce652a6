import { Serializer } from 'survey-core';

/**
 * Whether a question shows a comment area, stored under `<key>-Comment`: showCommentArea (or its
 * old name hasComment) on a type whose showCommentArea property is visible, survey-core's
 * supportComment — choice questions, rating, boolean, ranking, file and the matrices and dynamic
 * panels; survey-core ignores the property on other types (text, slider, signaturepad, ...).
 */
export function showsCommentArea(element: Record<string, unknown>): boolean {
  if (element.showCommentArea !== true && element.hasComment !== true) return false;
  if (typeof element.type !== 'string') return false;
  return Serializer.findProperty(element.type, 'showCommentArea')?.visible === true;
}
