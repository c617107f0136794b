package org.archivist.ingest.web;

import java.util.List;

import org.archivist.contract.Article;
import org.archivist.ingest.archive.SkippedBlock;

/**
 * The answer to {@code POST /api/archives}: the page's category, its articles, what was skipped, and the
 * listing's next page (older posts), null when there is none.
 */
record ArchiveResult(String archiveCategory, List<Article> articles, List<SkippedBlock> skipped, String nextPage) {
}
