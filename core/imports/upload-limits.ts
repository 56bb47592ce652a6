const MB = 1024 * 1024;

/**
 * What an uploaded spreadsheet may be, checked before it is parsed (issue 17): a municipality's
 * ten years of monthly sick leave for 500 units is 60,000 rows of a dozen columns, a few MB as CSV
 * and far less as XLSX, so these leave room while keeping a hostile file from costing the server
 * more than a few hundred MB or a few seconds of a thread. A sheet may reach column GR (200).
 */
export interface UploadLimits {
  fileBytes: number;
  rows: number;
  columns: number;
  reach: number;
  workbookBytes: number;
  sharedStringsBytes: number;
  sharedStrings: number;
  workbookParts: number;
}

export const UPLOAD_LIMITS: Readonly<UploadLimits> = Object.freeze({
  /** The file as sent: CSV text, or the zipped XLSX. */
  fileBytes: 20 * MB,
  /** Rows below the header. */
  rows: 100_000,
  columns: 200,
  /**
   * Each row's last cell's column, empty cells included, summed over a sheet's rows: exceljs's work
   * grows with it (a row with one empty cell in XFD takes it 0.7 ms). Every row of the largest sheet
   * formatted out to AMJ, as LibreOffice writes a sheet formatted whole: 100,000 × 1,024.
   */
  reach: 100_000 * 1024,
  /** All parts of an XLSX unpacked; XML of 100,000 rows × 20 columns is about 80 MB. */
  workbookBytes: 200 * MB,
  /** exceljs keeps every shared string in memory while it reads the sheet. */
  sharedStringsBytes: 50 * MB,
  sharedStrings: 1_000_000,
  /** Parts of the ZIP: a workbook has a dozen, a few hundred with many sheets and images. */
  workbookParts: 1000,
});

/** Rows at fault listed in a refusal; beyond it the list says that there are more. */
export const MAX_LISTED_ROWS = 100;

export const megabytes = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/** 100000 → "100,000": counts as people read them in a message. */
export const counted = (n: number) => n.toLocaleString('en-GB');
