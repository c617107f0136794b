/**
 * Web archives (WARC, ISO 28500) as a way in: {@link org.archivist.ingest.warc.WarcCaptures} reads a file as a stream
 * and hands over the HTML pages it captured, which go through the same page parser as a posted page.
 */
package org.archivist.ingest.warc;
