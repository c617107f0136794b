package org.archivist.ingest.archive;

import java.util.List;

import org.archivist.contract.Article;

/** The answer to {@code POST /api/archives}: the page's category, its articles, and what was skipped. */
record ArchiveResult(String archiveCategory, List<Article> articles, List<SkippedBlock> skipped) {
}
