/**
 * The export of a search's matches, {@code GET /api/export}: every article the search's text and filters match
 * ({@link org.archivist.query.search.SearchMatch}), as NDJSON, as CSV, or as the CSV of their citation edges. A scan
 * reads them through a point in time a page at a time ({@link org.archivist.query.export.ElasticsearchExport}) and
 * each page is written and flushed before the next is read, so memory stays flat however many match. The formats
 * ({@link org.archivist.query.export.ExportFormat}), the CSV writer and the row mappings are plain Java; the
 * controller and the Elasticsearch scan are thin adapters.
 */
package org.archivist.query.export;
