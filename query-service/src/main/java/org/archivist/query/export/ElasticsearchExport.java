package org.archivist.query.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.archivist.query.InvalidSearchException;
import org.archivist.query.QuerySettings;
import org.archivist.query.citations.CitationLinks;
import org.archivist.query.index.ArticleIndex;
import org.archivist.query.index.IndexedArticle;
import org.archivist.query.search.SearchMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every match of a search through a point in time opened on the alias, a page of
 * {@code archivist.query.export-page-size} at a time with {@code search_after}; each page renews the point in time
 * and has its footnote links resolved in bulk ({@link CitationLinks#resolveAll}) when the format shows them. Only one
 * page is held at a time. The point in time is closed when the export ends, however it ends.
 */
@Component
class ElasticsearchExport implements ExportSource {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchExport.class);

    private final ArticleIndex index;
    private final CitationLinks links;
    private final PitScan scan;
    private final int pageSize;

    ElasticsearchExport(ArticleIndex index, CitationLinks links, JsonMapper json, QuerySettings settings) {
        this.index = index;
        this.links = links;
        this.scan = new PitScan(json);
        this.pageSize = settings.exportPageSize();
    }

    @Override
    public Pages open(SearchMatch match, ExportFormat format) throws IOException {
        index.ensureExists();
        Scan pages = new Scan(match, format, index.openPointInTime(index.alias(), PitScan.KEEP_ALIVE));
        try {
            pages.first = pages.read();
        } catch (ElasticsearchException e) {
            pages.close();
            if (e.status() >= 400 && e.status() < 500) {
                log.info("Elasticsearch refused an export ({}): {}", e.status(), e.getMessage());
                throw new InvalidSearchException("q", "cannot be run as a search (" + e.error().type()
                        + "); simplify it");
            }
            throw e;
        } catch (IOException | RuntimeException e) {
            pages.close();
            throw e;
        }
        return pages;
    }

    private final class Scan implements Pages {

        private final SearchMatch match;
        private final ExportFormat format;
        private String pit;
        private String after;
        private boolean done;
        private List<IndexedArticle> first;

        Scan(SearchMatch match, ExportFormat format, String pit) {
            this.match = match;
            this.format = format;
            this.pit = pit;
        }

        @Override
        public List<IndexedArticle> next() {
            if (first != null) {
                List<IndexedArticle> page = first;
                first = null;
                return page;
            }
            if (done) {
                return List.of();
            }
            try {
                return read();
            } catch (IOException | RuntimeException e) {
                throw new ExportInterruptedException("Elasticsearch failed during the export: " + e);
            }
        }

        private List<IndexedArticle> read() throws IOException {
            PitScan.Page page;
            try (InputStream body = index.searchBody(List.of(), scan.request(match, pit, pageSize, format.fields(),
                    after))) {
                page = scan.read(body);
            }
            if (page.pit() != null) {
                pit = page.pit();
            }
            after = page.after();
            done = page.articles().size() < pageSize;
            return format.resolvesLinks() ? links.resolveAll(page.articles()) : page.articles();
        }

        @Override
        public void close() {
            try {
                index.closePointInTime(pit);
            } catch (IOException | ElasticsearchException e) {
                // It expires on its own after the keep-alive; closing only frees it sooner.
                log.debug("Could not close an export's point in time: {}", e.toString());
            }
        }
    }
}
