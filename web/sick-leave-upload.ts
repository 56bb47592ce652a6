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
    error?: { message?: string; details?: { field?: string; issue?: string }[] };
  }

  /** A refused upload: what the server said, and the parts or rows it named (the rows at fault). */
  class UploadRefused extends Error {
    constructor(
      message: string,
      readonly details: string[] = [],
    ) {
      super(message);
    }
  }

  /** Rows at fault shown under the message; the server lists at most 100 and says if there are more. */
  const SHOWN_DETAILS = 20;

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

  /** The server's message and details, or (no JSON, e.g. a proxy's page) the status alone. */
  function refusalOf(text: string, status: number): UploadRefused {
    try {
      const { error } = JSON.parse(text) as ErrorBody;
      if (!error?.message) throw new Error('no message');
      const details = (error.details ?? []).map(({ field, issue }) => `${field ?? ''}: ${issue ?? ''}`);
      return new UploadRefused(`${error.message}.`, details);
    } catch {
      if (status === 413) return new UploadRefused('The file is larger than the server accepts.');
      return new UploadRefused(`The upload failed (error ${status}).`);
    }
  }

  /** The message, and under it a list of the parts or rows at fault. */
  function showRefusal(state: HTMLElement, error: Error): void {
    state.textContent = error.message;
    document.getElementById('upload-problems')?.remove();
    const details = error instanceof UploadRefused ? error.details : [];
    if (details.length === 0) return;
    const list = document.createElement('ul');
    list.id = 'upload-problems';
    const shown = details.slice(0, SHOWN_DETAILS);
    if (details.length > shown.length) shown.push(`… and ${details.length - shown.length} more`);
    for (const detail of shown) list.appendChild(document.createElement('li')).textContent = detail;
    state.after(list);
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
        else reject(refusalOf(request.responseText, request.status));
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
      document.getElementById('upload-problems')?.remove();
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
          showRefusal(state, error);
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
