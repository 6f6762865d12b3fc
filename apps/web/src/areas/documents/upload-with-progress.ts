// Uploads a multipart form with XMLHttpRequest, the one browser API that reports upload progress,
// and turns a problem+json answer into the same ApiError the rest of the app handles.
import { ApiError, type FieldProblem } from '../../api/http.ts';

export interface UploadOptions {
  csrfToken: string | undefined;
  /** From 0 to 1 as the bytes leave the browser. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
}

function toApiError(status: number, text: string, statusText: string): ApiError {
  let problem: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null) problem = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's HTML page): keep the status alone.
  }
  return new ApiError(
    status,
    typeof problem.code === 'string' ? problem.code : `http_${status}`,
    typeof problem.detail === 'string' ? problem.detail : statusText,
    Array.isArray(problem.errors) ? (problem.errors as FieldProblem[]) : [],
    problem,
  );
}

export function uploadWithProgress<T>(
  url: string,
  form: FormData,
  options: UploadOptions,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    if (options.csrfToken) xhr.setRequestHeader('x-csrf-token', options.csrfToken);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        options.onProgress(1);
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch (error) {
          reject(error instanceof Error ? error : new Error('unreadable answer'));
        }
      } else {
        reject(toApiError(xhr.status, xhr.responseText, xhr.statusText));
      }
    });
    xhr.addEventListener('error', () => {
      reject(new TypeError('network error'));
    });
    xhr.addEventListener('abort', () => {
      reject(new DOMException('upload cancelled', 'AbortError'));
    });
    options.signal?.addEventListener('abort', () => {
      xhr.abort();
    });
    xhr.send(form);
  });
}
