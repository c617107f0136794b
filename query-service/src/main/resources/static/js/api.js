// Calls to query-service's JSON API. Every failure becomes an ApiError whose message can be shown as is:
// the problem's `detail` (RFC 9457) when the server sent one, else a plain sentence.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') {
      throw e;
    }
    throw new ApiError('The archive cannot be reached. Check your connection and try again.', 0);
  }
  if (response.ok) {
    try {
      return await response.json();
    } catch {
      throw new ApiError('The archive sent an answer this page cannot read.', response.status);
    }
  }
  let detail = null;
  try {
    const problem = await response.json();
    detail = typeof problem.detail === 'string' && problem.detail ? problem.detail
      : typeof problem.title === 'string' && problem.title ? problem.title : null;
  } catch {
    // Not problem+json (a proxy's error page, say): fall back to the status below.
  }
  throw new ApiError(detail || `The archive answered with an error (HTTP ${response.status}).`, response.status);
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
