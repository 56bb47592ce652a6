import { ApiError } from './fetch-json';
import { Refusal, type FieldIssue } from './send-json';

/**
 * Sends a file as the request body (the server takes the raw bytes, no multipart) with
 * XMLHttpRequest, as fetch reports no upload progress; `onProgress` gets the share sent (0..1).
 * The browser adds the Origin header the same-origin guard asks for. A refusal throws a Refusal
 * with the parts or rows the server names; a lost session goes to the login page.
 */
export function uploadFile<T>(url: string, file: File, onProgress: (share: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    // Headers are Latin-1: the name travels URI-encoded (server/routes/sick-leave-imports.ts).
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / Math.max(event.total, 1));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network error'));
    xhr.onload = () => {
      if (xhr.status === 401) {
        const here = window.location.pathname + window.location.search;
        window.location.assign(`/login?next=${encodeURIComponent(here)}`);
        return reject(new ApiError(401, 'Not logged in'));
      }
      const answer = parsed(xhr.responseText) as
        (T & { error?: { message?: string; details?: FieldIssue[] } }) | null;
      if (xhr.status >= 200 && xhr.status < 300) return resolve(answer as T);
      reject(
        new Refusal(xhr.status, answer?.error?.message ?? `${xhr.status}`, answer?.error?.details ?? []),
      );
    };
    xhr.send(file);
  });
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
