import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../database';
import { adoptedReportPdfs } from '../schema';

export interface StoredReportPdf {
  pdf: Buffer;
  /** SHA-256 of the bytes, hex: the ETag they are served with. */
  sha256: string;
}

/** node-postgres gives a Buffer, PGlite a Uint8Array: both become a Buffer over the same bytes. */
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export async function findAdoptedReportPdf(
  db: DbOrTx,
  reportId: string,
  locale: 'da' | 'nb' | 'en',
): Promise<StoredReportPdf | undefined> {
  const [row] = await db
    .select({ pdf: adoptedReportPdfs.pdf, sha256: adoptedReportPdfs.sha256 })
    .from(adoptedReportPdfs)
    .where(and(eq(adoptedReportPdfs.reportId, reportId), eq(adoptedReportPdfs.locale, locale)));
  return row && { pdf: asBuffer(row.pdf), sha256: row.sha256 };
}

/**
 * Keeps the first PDF stored for a report and language: when two servers printed it at once, both
 * then serve the one that was stored first, so every reader gets the same bytes.
 */
export async function storeAdoptedReportPdf(
  db: DbOrTx,
  pdf: { reportId: string; locale: 'da' | 'nb' | 'en'; pdf: Buffer; sha256: string },
): Promise<StoredReportPdf> {
  await db.insert(adoptedReportPdfs).values(pdf).onConflictDoNothing();
  return (await findAdoptedReportPdf(db, pdf.reportId, pdf.locale))!;
}
