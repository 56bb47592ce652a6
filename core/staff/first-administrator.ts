import { z } from 'zod';

/** "Aarhus Kommune" → "aarhus"; "Bærum kommune" → "baerum": the municipality's short name in addresses. */
export function municipalitySlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(kommune|kommun|municipality)\b/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * What `npm run create-admin` takes: the administrator's e-mail, the municipality (created with
 * its root unit when no municipality has the slug yet), and optionally the name, slug and country.
 */
export const FirstAdministrator = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email('not an e-mail address').max(254)),
    municipality: z.string().trim().min(2, 'write the municipality, e.g. "Aarhus Kommune"').max(200),
    name: z.string().trim().min(1).max(200).optional(),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens, e.g. aarhus')
      .max(60)
      .optional(),
    country: z.enum(['dk', 'no'], 'dk or no').default('dk'),
  })
  .transform((a, ctx) => {
    const slug = a.slug ?? municipalitySlug(a.municipality);
    if (!slug) ctx.addIssue({ code: 'custom', path: ['slug'], message: 'give a slug, e.g. --slug aarhus' });
    return { ...a, slug, name: a.name ?? a.email.split('@')[0]! };
  });
export type FirstAdministrator = z.infer<typeof FirstAdministrator>;
