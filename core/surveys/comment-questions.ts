/** Names of the free-text comment questions (SurveyJS type "comment") anywhere in a definition. */
export function commentQuestionNames(surveyJson: unknown): string[] {
  const names: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const element = node as Record<string, unknown>;
    if (element.type === 'comment' && typeof element.name === 'string') names.push(element.name);
    for (const key of ['pages', 'elements', 'templateElements']) visit(element[key]);
  };
  visit(surveyJson);
  return names;
}
