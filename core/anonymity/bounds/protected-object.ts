/**
 * A group of respondents too small to show, as the bounds audit protects it: a group of a release
 * below its minimum, or the respondents who arrived in a group between two releases when they
 * are fewer than the minimum (`since`: the earlier release).
 */
export interface ProtectedObject {
  group: string;
  layer: number;
  since?: number;
}

export const objectKey = (o: ProtectedObject) => `${o.layer}|${o.since ?? ''}|${o.group}`;
