// Calls to ingest-service, for the Add view: another origin (the address GET /api/web-settings names), reached
// with CORS and the writer key. The key lives in this tab's sessionStorage, apart from the reader key, and travels
// only in the X-API-Key header. Every failure becomes an ApiError whose message can be shown as is, with the
// problem itself (`problem`) for what the view shows besides (the blocks skipped in a page without articles).

import { ApiError, detailOf, readProblem, sessionKey } from './api.js';

const writerKeyStore = sessionKey('archivist.writerKey');

export function writerKey() {
  return writerKeyStore.get();
}

export function storeWriterKey(key) {
  writerKeyStore.store(key);
}

export function forgetWriterKey() {
  writerKeyStore.forget();
}

/** An ingest-service failure: the message to show, the HTTP status (0: no answer) and the problem body if any. */
export class IngestError extends ApiError {
  constructor(message, status, problem) {
    super(message, status);
    this.name = 'IngestError';
    this.problem = problem;
  }
}

/** The message for an error answer: the problem's detail, with what the user can do about it. */
export function ingestMessage(status, problem, retryAfter) {
  const detail = detailOf(problem);
  const wait = /^\d+$/.test(retryAfter ?? '') ? ` Try again in ${retryAfter} s.` : ' Try again in a moment.';
  switch (status) {
    case 401:
      return `The writer key was refused: ${detail || 'ingest-service needs a valid key.'} Enter a writer key.`;
    case 403:
      return `${detail || 'This key may not add articles.'} Adding articles needs a writer key.`;
    case 413:
      return detail || 'The page is larger than ingest-service accepts.';
    case 415:
      return detail || 'ingest-service does not read this kind of file.';
    case 422:
      return detail || 'No article was found in the page.';
    case 429:
    case 503:
      return (detail || `ingest-service cannot take this right now (HTTP ${status}).`) + wait;
    default:
      return detail || `ingest-service answered with an error (HTTP ${status}).`;
  }
}

/**
 * Sends one request to ingest-service at `base` (its URL, without a trailing slash) and answers the JSON body of a
 * 2xx. `body` is sent as is with `contentType`.
 */
async function send(base, method, path, { contentType, body, signal } = {}) {
  const key = writerKey();
  const headers = { Accept: 'application/json' };
  if (key) {
    headers['X-API-Key'] = key;
  }
  if (contentType) {
    headers['Content-Type'] = contentType;
  }
  let response;
  try {
    response = await fetch(base + path, { method, headers, body, signal, credentials: 'omit', mode: 'cors' });
  } catch (e) {
    if (e.name === 'AbortError') {
      throw e;
    }
    // The browser tells a page nothing more: a refused connection and a refused CORS check look the same.
    throw new IngestError(`ingest-service at ${base} cannot be reached, or it does not accept requests from this `
      + `page: its archivist.security.cors.allowed-origins must list ${location.origin}.`, 0, null);
  }
  if (response.ok) {
    try {
      return await response.json();
    } catch {
      throw new IngestError('ingest-service sent an answer this page cannot read.', response.status, null);
    }
  }
  const problem = await readProblem(response);
  throw new IngestError(ingestMessage(response.status, problem, response.headers.get('Retry-After')),
    response.status, problem);
}

/**
 * POST /api/archives: `page` is {body, contentType, source, url}; with `dryRun` nothing is published and the
 * answer shows what would be. A web archive (application/warc) takes no page URL: its captures have their own.
 */
export function postArchive(base, page, dryRun, signal) {
  const params = new URLSearchParams();
  if (page.source) {
    params.set('source', page.source);
  }
  if (page.url && page.contentType !== 'application/warc') {
    params.set('url', page.url);
  }
  if (dryRun) {
    params.set('dryRun', 'true');
  }
  const query = params.toString();
  return send(base, 'POST', '/api/archives' + (query ? '?' + query : ''),
    { contentType: page.contentType, body: page.body, signal });
}

/** POST /api/fetches with a list of URLs: answers {id, status}. */
export function startFetch(base, urls, source, signal) {
  return send(base, 'POST', '/api/fetches',
    { contentType: 'application/json', body: JSON.stringify(source ? { urls, source } : { urls }), signal });
}

/** GET /api/fetches/{id}: the job's state, counts and outcomes. */
export function fetchJob(base, id, signal) {
  return send(base, 'GET', '/api/fetches/' + encodeURIComponent(id), { signal });
}
