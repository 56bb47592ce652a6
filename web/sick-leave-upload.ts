/**
 * The sick-leave upload. The chosen file is sent as the request body (the server takes the raw
 * bytes, no multipart) with XMLHttpRequest, as fetch reports no upload progress; then the import
 * is followed by asking for its state until the worker has applied it or found the file wrong,
 * and the page is opened on that import to show what it did or the rows to correct. An import
 * already running when the page is opened is followed the same way.
 */
(() => {
  interface ImportState {
    id: string;
    status: 'queued' | 'running' | 'failed' | 'applied';
    rowsDone: number;
    rowsTotal: number | null;
  }
  interface ErrorBody {
    error?: { message?: string; details?: { issue?: string }[] };
  }

  const POLL_MS = 700;
  const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  const count = (n: number) => n.toLocaleString('en-GB');
  const resultPage = (id: string) => `/dashboard/sick-leave?import=${id}#import-result`;

  function stateText(state: ImportState): string {
    if (state.status === 'queued') return 'Uploaded. Waiting for the worker to start.';
    if (state.status === 'failed') return 'The file has problems; opening the report.';
    if (state.status === 'applied') return 'Imported; opening the result.';
    if (state.rowsTotal === null) return `Reading and checking: ${count(state.rowsDone)} rows so far.`;
    if (state.rowsDone < state.rowsTotal)
      return `Reading and checking row ${count(state.rowsDone)} of ${count(state.rowsTotal)}.`;
    return 'Writing the records.';
  }

  /** A bar without a value is indeterminate: an XLSX's rows are known only once read. */
  function setProgress(bar: HTMLProgressElement, done: number, total: number | null): void {
    if (total === null) return bar.removeAttribute('value');
    bar.max = Math.max(total, 1);
    bar.value = Math.min(done, bar.max);
  }

  function problemOf(text: string, status: number): string {
    if (status === 413) return 'The file is larger than 50 MB.';
    try {
      const body = JSON.parse(text) as ErrorBody;
      const detail = body.error?.details?.[0]?.issue;
      return `The file was not accepted: ${detail ?? body.error?.message ?? `error ${status}`}.`;
    } catch {
      return `The upload failed (error ${status}).`;
    }
  }

  function upload(url: string, file: File, onProgress: (share: number) => void): Promise<ImportState> {
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', url);
      // By the name, not file.type: Windows calls a .csv "application/vnd.ms-excel". The server checks the bytes.
      request.setRequestHeader('Content-Type', /\.xlsx$/i.test(file.name) ? XLSX_TYPE : 'text/csv');
      request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
      request.setRequestHeader('Accept', 'application/json');
      request.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) onProgress(event.loaded / event.total);
      });
      request.addEventListener('load', () => {
        if (request.status === 202) resolve(JSON.parse(request.responseText) as ImportState);
        else reject(new Error(problemOf(request.responseText, request.status)));
      });
      request.addEventListener('error', () =>
        reject(new Error('The upload failed: check the connection and try again.')),
      );
      request.send(file);
    });
  }

  /** Asks for the import's state until it is finished, showing each answer. */
  async function follow(url: string, show: (state: ImportState) => void): Promise<ImportState> {
    for (;;) {
      const res = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
      if (!res.ok)
        throw new Error(`The import's state could not be read (error ${res.status}); reload the page.`);
      const state = (await res.json()) as ImportState;
      show(state);
      if (state.status === 'failed' || state.status === 'applied') return state;
      await new Promise((resolve) => window.setTimeout(resolve, POLL_MS));
    }
  }

  function startUploadForm(): void {
    const form = document.getElementById('sick-leave-upload');
    const input = document.getElementById('sick-leave-file');
    const bar = document.getElementById('upload-progress');
    const state = document.getElementById('upload-state');
    if (!(form instanceof HTMLFormElement) || !(input instanceof HTMLInputElement)) return;
    if (!(bar instanceof HTMLProgressElement) || !state || !form.dataset.upload) return;
    const url = form.dataset.upload;
    const label = form.querySelector<HTMLLabelElement>('label[for="upload-progress"]')!;
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const file = input.files?.[0];
      if (!file) return;
      button.disabled = true;
      bar.hidden = label.hidden = false;
      label.textContent = 'Upload';
      setProgress(bar, 0, 100);
      state.textContent = `Uploading ${file.name}…`;
      upload(url, file, (share) => setProgress(bar, share * 100, 100))
        .then((created) => {
          label.textContent = 'Import';
          return follow(`${url}/${created.id}`, (s) => {
            state.textContent = stateText(s);
            setProgress(bar, s.rowsDone, s.rowsTotal);
          });
        })
        .then((done) => window.location.assign(resultPage(done.id)))
        .catch((error: Error) => {
          state.textContent = error.message;
          button.disabled = false;
          bar.hidden = label.hidden = true;
        });
    });
  }

  function followShownImport(): void {
    const section = document.querySelector<HTMLElement>('#import-result[data-poll]');
    const bar = document.getElementById('import-progress');
    const state = document.getElementById('import-state');
    if (!section?.dataset.poll || !(bar instanceof HTMLProgressElement) || !state) return;
    void follow(section.dataset.poll, (s) => {
      state.textContent = stateText(s);
      setProgress(bar, s.rowsDone, s.rowsTotal);
    })
      .then(() => window.location.reload())
      .catch((error: Error) => (state.textContent = error.message));
  }

  startUploadForm();
  followShownImport();
})();
