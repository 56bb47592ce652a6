/**
 * Every element of a SurveyJS definition, depth first: pages' and panels' elements and dynamic
 * panels' templates. For the readers that only look at each question's own properties.
 */
export function surveyElements(surveyJson: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const element = node as Record<string, unknown>;
    found.push(element);
    for (const key of ['pages', 'elements', 'templateElements']) visit(element[key]);
  };
  visit(surveyJson);
  return found;
}
