package org.archivist.query.export;

import java.io.IOException;
import java.util.List;

import org.archivist.query.InvalidSearchException;
import org.archivist.query.index.IndexedArticle;
import org.archivist.query.search.SearchMatch;

/** Reads every match of a search a page at a time; the controller's collaborator, so HTTP tests can fake it. */
interface ExportSource {

    /**
     * Starts reading the matches with what the format needs, and reads the first page, so that a search that cannot
     * run fails before the answer has begun.
     *
     * @throws IOException            when Elasticsearch cannot be reached
     * @throws InvalidSearchException when Elasticsearch refuses the search as given
     */
    Pages open(SearchMatch match, ExportFormat format) throws IOException;

    /** The pages of one export, in order; closing frees what reading them holds. */
    interface Pages extends AutoCloseable {

        /**
         * The next page; empty once every match was read.
         *
         * @throws ExportInterruptedException when Elasticsearch fails before the last page
         */
        List<IndexedArticle> next();

        @Override
        void close();
    }
}
