/**
 * What the web page needs from the server besides the search API: its settings ({@code GET /api/web-settings}, the
 * ingest-service address its Add page posts to) and the Content-Security-Policy of its document, which lets the page
 * connect to this service and to that address only. The policy ({@link org.archivist.query.web.PagePolicy}) and the
 * settings' checks are plain Java.
 */
package org.archivist.query.web;
