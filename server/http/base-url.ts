import type { Request } from 'express';

/** Where respondents reach this installation: PUBLIC_URL when set, else the address this request used. */
export function baseUrlOf(req: Request, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
