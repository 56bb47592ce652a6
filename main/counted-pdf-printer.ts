import type { PdfPrinter } from '../server/reports/pdf-printer';
import type { ProcessMetrics } from './process-metrics';

/** The printer, with each print counted by outcome and timed (waiting for a renderer included). */
export function countedPdfPrinter(printer: PdfPrinter, metrics: ProcessMetrics): PdfPrinter {
  return {
    async printHtml(html, opts) {
      const stopTimer = metrics.pdfRenderSeconds.startTimer();
      try {
        const pdf = await printer.printHtml(html, opts);
        metrics.pdfRenders.inc({ outcome: 'ok' });
        return pdf;
      } catch (error) {
        metrics.pdfRenders.inc({ outcome: 'failed' });
        throw error;
      } finally {
        stopTimer();
      }
    },
    close: () => printer.close(),
  };
}
