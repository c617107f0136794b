package org.archivist.query.search;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.archivist.query.InvalidSearchException;
import org.archivist.query.citations.CitationLinks;
import org.archivist.query.index.ArticleIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs searches on Elasticsearch and pages them with {@code search_after}.
 *
 * <p>The first page reads the live index and opens nothing. When the client asks for a second page, a
 * point in time is opened and every later page reads it, so the pages after the first agree with each
 * other whatever is indexed meanwhile, and page n costs what page 1 costs. Opening it only then keeps
 * one-page searches, by far the most common, from each leaving a point in time open on the node for
 * {@value SearchQueryBuilder#PIT_KEEP_ALIVE}. The point in time is closed when the last page is served.
 *
 * <p>Searches go to Elasticsearch as JSON bytes ({@link ArticleIndex#searchBody}), and their answers are read by
 * {@link SearchResponseReader} straight into records: the typed client's JSON-P (de)serialisation of the request,
 * the aggregations and a tree per hit cost more CPU than the rest of a search in this service
 * (docs/BENCHMARKS.md).
 *
 * <p>Besides the search, a page may cost a request for its timeline ({@link Timeline} says when) and the requests
 * of its hits' cited-by counts ({@link CitationLinks#citedByCounts}: for all hits together, never one per hit).
 */
@Component
class ElasticsearchArticleSearch implements ArticleSearch {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchArticleSearch.class);

    private final ArticleIndex index;
    private final CitationLinks citations;
    private final SearchQueryBuilder builder;
    private final SearchResponseReader reader;
    private final FacetLabels labels = new FacetLabels();
    private final Clock clock = Clock.systemUTC();

    ElasticsearchArticleSearch(ArticleIndex index, CitationLinks citations, JsonMapper json) {
        this.index = index;
        this.citations = citations;
        this.builder = new SearchQueryBuilder(index.alias());
        this.reader = new SearchResponseReader(json);
    }

    @Override
    public SearchResult search(SearchParameters parameters) throws IOException {
        index.ensureExists();
        SearchCursor cursor = parameters.cursor();
        String pit = cursor == null ? null : cursor.pit();
        if (cursor != null && pit == null) {
            pit = openPointInTime();
        }
        SearchResponseReader.Page page;
        try (InputStream body = searchBody(builder.build(parameters, pit))) {
            page = reader.read(body, parameters.size());
        } catch (ElasticsearchException e) {
            throw refused(parameters, e);
        }
        String currentPit = page.pit() != null ? page.pit() : pit;
        SearchResult.DateFacet timeline = timeline(parameters, page.timeline(), currentPit);
        List<SearchResult.Hit> hits = withCitedByCounts(page.hits(), page.urls());
        String nextCursor = null;
        if (page.nextAfter() != null) {
            nextCursor = SearchCursor.issued(cursor == null ? null : currentPit, page.nextAfter(), parameters.sort(),
                    parameters.fingerprint(), clock.instant()).encode();
        } else if (currentPit != null) {
            closePointInTime(currentPit);
        }
        return new SearchResult(page.total(), hits, labelled(page).withPublishedAt(timeline), nextCursor);
    }

    /**
     * The {@code publishedAt} facet: from the search's own counts when they sum up to the interval chosen, else from
     * a request counting by that interval.
     *
     * @throws InvalidSearchException when the requested interval would give too many periods
     */
    private SearchResult.DateFacet timeline(SearchParameters parameters, Timeline.Counts read, String pit)
            throws IOException {
        TimelineInterval source = Timeline.sourceInterval(parameters.interval(), parameters.filters());
        Timeline.Counts counts = read.countedBy(source, read.periods());
        TimelineInterval interval = Timeline.choose(parameters.interval(), counts.first(), counts.last());
        if (counts.first() != null && !Timeline.sumsUpTo(source, interval)) {
            try (InputStream body = searchBody(builder.timeline(parameters, interval, pit))) {
                counts = counts.countedBy(interval, reader.timeline(body).periods());
            } catch (ElasticsearchException e) {
                throw refused(parameters, e);
            }
        }
        return Timeline.facet(interval, counts, parameters.filters());
    }

    /** The hits with their cited-by counts, read for all of them at once. */
    private List<SearchResult.Hit> withCitedByCounts(List<SearchResult.Hit> hits, List<String> urls)
            throws IOException {
        if (hits.isEmpty()) {
            return hits;
        }
        List<CitationLinks.Cited> cited = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            SearchResult.Hit hit = hits.get(i);
            cited.add(new CitationLinks.Cited(hit.id(), urls.get(i), hit.title(), date(hit.publishedAt())));
        }
        Map<String, Long> counts = citations.citedByCounts(cited);
        return counts.isEmpty() ? hits
                : hits.stream().map(hit -> hit.withCitedByCount(counts.getOrDefault(hit.id(), 0L))).toList();
    }

    private static LocalDate date(String publishedAt) {
        try {
            return publishedAt == null ? null : LocalDate.parse(publishedAt);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The page's facets with their labels: learnt from its hits, else read once per code. */
    private SearchResult.Facets labelled(SearchResponseReader.Page page) throws IOException {
        labels.learn(page.hits());
        Map<Facet, List<String>> unknown = labels.unknown(page.facets());
        if (!unknown.isEmpty()) {
            try (InputStream body = index.searchBody(builder.labels(unknown))) {
                labels.learn(reader.facets(body));
            } catch (ElasticsearchException e) {
                // The search itself succeeded: show it with codes for labels rather than fail it.
                log.warn("Elasticsearch refused the facet label query ({}): {}", e.status(), e.getMessage());
            }
        }
        return labels.apply(page.facets());
    }

    private InputStream searchBody(SearchQueryBuilder.Request search) throws IOException {
        return index.searchBody(search.index(), search.json());
    }

    private String openPointInTime() throws IOException {
        return index.openPointInTime(index.alias(), SearchQueryBuilder.PIT_KEEP_ALIVE);
    }

    private void closePointInTime(String pit) {
        try {
            index.closePointInTime(pit);
        } catch (IOException | ElasticsearchException e) {
            // It expires on its own after the keep-alive; closing early only frees it sooner.
            log.debug("Could not close point in time: {}", e.toString());
        }
    }

    /**
     * A request Elasticsearch refuses as bad (4xx) came from what the client sent: with a cursor, almost
     * always an expired point in time; without, text the engine cannot run (e.g. too many clauses).
     */
    private static RuntimeException refused(SearchParameters parameters, ElasticsearchException e) {
        if (e.status() < 400 || e.status() >= 500) {
            return e;
        }
        log.info("Elasticsearch refused a search ({}): {}", e.status(), e.getMessage());
        if (parameters.cursor() != null) {
            return new InvalidSearchException("cursor", "has expired or is no longer valid (a cursor lasts "
                    + SearchQueryBuilder.PIT_KEEP_ALIVE.replace("m", " minutes") + " after its page): start again "
                    + "without a cursor");
        }
        return new InvalidSearchException("q", "cannot be run as a search (" + e.error().type() + "); "
                + "simplify it");
    }
}
