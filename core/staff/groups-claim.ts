/**
 * The groups a claim lists. Entra ID and ADFS send an array of strings; some providers send one
 * string, or nest the list (Keycloak's `realm_access.roles`), so a dotted name walks into objects.
 * Anything else (numbers, objects, a missing claim) is no group.
 */
export function readGroupsClaim(claims: Record<string, unknown>, claimName: string): string[] {
  let value: unknown = claims;
  for (const part of claimName.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    value = (value as Record<string, unknown>)[part];
  }
  if (typeof value === 'string') return value ? [value] : [];
  if (!Array.isArray(value)) return [];
  return value.filter((g): g is string => typeof g === 'string' && g.length > 0);
}
