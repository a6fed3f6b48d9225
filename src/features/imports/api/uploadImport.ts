import { endpoints } from '../../../contract/endpoints';
import type { ImportRecord, ImportRequest } from '../../../contract/imports';
import { Problem } from '../../../contract/problem';
import { ApiError, buildUrl, CONTRACT_DRIFT_TITLE, CSRF_COOKIE, CSRF_HEADER, readCookie, UNREACHABLE_TITLE } from '../../../lib/apiClient';

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadCallbacks {
  /** Bytes of the request body sent so far. */
  onUpload?: (progress: UploadProgress) => void;
  /** The whole file is sent; the server is now checking and applying it. */
  onSent?: () => void;
}

function problemOf(xhr: XMLHttpRequest): Problem {
  try {
    const parsed = Problem.safeParse(JSON.parse(xhr.responseText));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON (a proxy's error page, say): fall back to the status line.
  }
  return { type: 'about:blank', title: xhr.statusText || 'Request failed', status: xhr.status };
}

/**
 * `createImport` sent with XMLHttpRequest instead of the typed client's fetch, for one reason: upload progress.
 * fetch reports nothing while a body is sent. Streaming the body as a ReadableStream (`duplex: 'half'`) and
 * counting what the browser pulls would approximate it, but Chromium sends streamed bodies only over HTTP/2 or
 * QUIC, and the server and `vite preview` speak HTTP/1.1; the mock's service worker cannot take a streamed body
 * either. XHR's `upload.onprogress` works in both setups. Otherwise this behaves as `call()`: CSRF header,
 * problem details as ApiError, and the answer checked against the contract.
 */
export function uploadImport(body: ImportRequest, callbacks: UploadCallbacks = {}, signal?: AbortSignal): Promise<ImportRecord> {
  const ep = endpoints.createImport;
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(ep.method, buildUrl(ep.path));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', 'application/json');
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) xhr.setRequestHeader(CSRF_HEADER, csrf);
    xhr.upload.onprogress = (e) => callbacks.onUpload?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : payload.length });
    // Some paths (a service worker, a test double) send no upload events at all; the answer then marks the end.
    let sent = false;
    const markSent = () => {
      if (sent) return;
      sent = true;
      callbacks.onSent?.();
    };
    xhr.upload.onload = markSent;
    xhr.onerror = () => reject(new ApiError({ type: 'about:blank', title: UNREACHABLE_TITLE, status: 503, detail: 'The upload did not reach the API' }));
    xhr.onabort = () => reject(new DOMException('The import was cancelled', 'AbortError'));
    xhr.onload = () => {
      markSent();
      if (xhr.status < 200 || xhr.status >= 300) return reject(new ApiError(problemOf(xhr)));
      let json: unknown;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = undefined;
      }
      const parsed = ep.response.safeParse(json);
      if (parsed.success) return resolve(parsed.data);
      reject(new ApiError({
        type: 'about:blank', title: CONTRACT_DRIFT_TITLE, status: 502,
        detail: `createImport: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      }));
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(payload);
    // Chromium hands a body to a service worker (the in-browser mock API) in one piece and reports no upload
    // progress for it, not even its end: nothing is on the wire, so the server's step starts at once.
    if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator && navigator.serviceWorker.controller) {
      callbacks.onUpload?.({ loaded: payload.length, total: payload.length });
      markSent();
    }
  });
}
