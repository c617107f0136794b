package org.archivist.query.search;

import java.io.IOException;

import org.archivist.query.InvalidSearchException;

/** Runs a validated search; the controller's only collaborator, so HTTP tests can put a fake in its place. */
interface ArticleSearch {

    /**
     * @throws IOException            when the search engine cannot be reached
     * @throws InvalidSearchException when the request cannot be run as given, e.g. its cursor expired
     */
    SearchResult search(SearchParameters parameters) throws IOException;
}
