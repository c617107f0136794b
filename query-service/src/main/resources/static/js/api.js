// Calls to query-service's API: JSON reads, and files such as exports. Every failure becomes an ApiError whose
// message can be shown as is: the problem's `detail` (RFC 9457) when the server sent one, else a plain sentence.
// A 401 is no failure while a key can be asked for: the request waits for one (onKeyNeeded) and goes again with it.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

/**
 * A key kept in this tab's sessionStorage under `item`: it is this tab's for the session only and gone when the tab
 * closes, where localStorage would keep it on disk for whoever uses the browser next. Where sessionStorage is
 * disabled, the key lasts as long as the page. Keys travel only in headers, never in a URL (history, logs, Referer).
 */
export function sessionKey(item) {
  let kept = null;
  return {
    get() {
      try {
        return sessionStorage.getItem(item);
      } catch {
        return kept;
      }
    },
    store(key) {
      try {
        sessionStorage.setItem(item, key);
      } catch {
        kept = key;
      }
    },
    forget() {
      kept = null;
      try {
        sessionStorage.removeItem(item);
      } catch {
        // Nothing was stored there.
      }
    },
  };
}

/** A key is printable ASCII without spaces; anything else could not even be sent as a header. */
export function isWellFormedKey(key) {
  return /^[\x21-\x7e]+$/.test(key);
}

// The reader key, for an archive that needs one (a 401 asks for it), sent as X-API-Key.
const readerKey = sessionKey('archivist.apiKey');
let keyNeeded = null;

export function apiKey() {
  return readerKey.get();
}

export function storeApiKey(key) {
  readerKey.store(key);
}

export function forgetApiKey() {
  readerKey.forget();
}

/**
 * What a 401 does: `ask(detail, signal)` is called with the problem's detail when the stored key was refused
 * (null when none was sent) and resolves once a key is stored; the request is then sent again with it.
 */
export function onKeyNeeded(ask) {
  keyNeeded = ask;
}

/**
 * A GET with the reader key when one is kept; resolves to the successful response. A 401 waits for a key and goes
 * again with it; any other failure is an ApiError.
 */
async function send(path, accept, signal) {
  for (;;) {
    const key = apiKey();
    let response;
    try {
      const headers = { Accept: accept };
      if (key) {
        headers['X-API-Key'] = key;
      }
      response = await fetch(path, { headers, signal });
    } catch (e) {
      if (e.name === 'AbortError') {
        throw e;
      }
      throw new ApiError('The archive cannot be reached. Check your connection and try again.', 0);
    }
    if (response.ok) {
      return response;
    }
    const detail = await problemDetail(response);
    if (response.status === 401 && keyNeeded) {
      // A key stored while this request was out is simply tried; otherwise the refused key goes.
      if (apiKey() === key) {
        forgetApiKey();
        await keyNeeded(key ? detail : null, signal);
      }
      continue;
    }
    throw new ApiError(detail || `The archive answered with an error (HTTP ${response.status}).`, response.status);
  }
}

async function getJson(path, signal) {
  const response = await send(path, 'application/json', signal);
  try {
    return await response.json();
  } catch {
    throw new ApiError('The archive sent an answer this page cannot read.', response.status);
  }
}

/**
 * A file the API serves (an export), read whole into a Blob: `{ blob, filename }`, the name taken from the answer's
 * Content-Disposition, else `fallbackName`. The whole file is held in memory until it is saved.
 */
export async function download(path, fallbackName, signal) {
  const response = await send(path, '*/*', signal);
  let blob;
  try {
    blob = await response.blob();
  } catch (e) {
    if (e.name === 'AbortError') {
      throw e;
    }
    // The export cuts the connection when it fails after it began: what arrived is not the whole file.
    throw new ApiError('The download broke off before it was complete. Try again.', response.status);
  }
  return { blob, filename: dispositionFilename(response.headers.get('Content-Disposition')) ?? fallbackName };
}

/**
 * The file name a Content-Disposition header gives (RFC 6266): `filename*=UTF-8''…` before `filename="…"` or a bare
 * `filename=…`; any folder part dropped. Null when it names none.
 */
export function dispositionFilename(header) {
  if (typeof header !== 'string') {
    return null;
  }
  const extended = /(?:^|;)\s*filename\*\s*=\s*utf-8'[^']*'([^;\s]+)/i.exec(header);
  if (extended) {
    try {
      const name = baseName(decodeURIComponent(extended[1]));
      if (name) {
        return name;
      }
    } catch {
      // A malformed escape: the plain filename, if any, is used instead.
    }
  }
  const quoted = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  const bare = /(?:^|;)\s*filename\s*=\s*([^";\s]+)/i.exec(header);
  const name = quoted ? quoted[1].replace(/\\(.)/g, '$1') : bare ? bare[1] : '';
  return baseName(name) || null;
}

function baseName(name) {
  return name.split(/[\\/]/).pop().trim();
}

async function problemDetail(response) {
  return detailOf(await readProblem(response));
}

/** The body of an error answer as an object, or null when it is not JSON (a proxy's error page, say). */
export async function readProblem(response) {
  try {
    const problem = await response.json();
    return problem && typeof problem === 'object' ? problem : null;
  } catch {
    return null;
  }
}

/** A problem's `detail`, else its `title`, else null: the caller then falls back to the status. */
export function detailOf(problem) {
  return typeof problem?.detail === 'string' && problem.detail ? problem.detail
    : typeof problem?.title === 'string' && problem.title ? problem.title : null;
}

/** Search: `params` is a URLSearchParams of the API's own parameters (q, category, …, cursor). */
export function search(params, signal) {
  const query = params.toString();
  return getJson('api/search' + (query ? '?' + query : ''), signal);
}

export function article(id, signal) {
  return getJson('api/articles/' + encodeURIComponent(id), signal);
}

export function citedBy(id, signal) {
  return getJson('api/articles/' + encodeURIComponent(id) + '/cited-by', signal);
}

export function similar(id, signal) {
  return getJson('api/articles/' + encodeURIComponent(id) + '/similar', signal);
}

/** The page's settings: `ingestUrl`, where the Add view reaches ingest-service (null when not configured). */
export function webSettings(signal) {
  return getJson('api/web-settings', signal);
}
