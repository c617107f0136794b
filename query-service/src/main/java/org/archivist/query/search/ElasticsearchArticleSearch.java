package org.archivist.query.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import jakarta.json.stream.JsonParser;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.archivist.query.InvalidSearchException;
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
 * <p>Searches go through the low-level client as JSON bytes, and their answers are read by {@link SearchResponseReader}
 * straight into records: the typed client's JSON-P (de)serialisation of the request, the aggregations and a tree
 * per hit cost more CPU than the rest of a search in this service (docs/BENCHMARKS.md). Points in time and error
 * bodies, rare, still use the typed client.
 */
@Component
class ElasticsearchArticleSearch implements ArticleSearch {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchArticleSearch.class);

    private final ElasticsearchClient client;
    private final Rest5Client rest;
    private final ArticleIndex index;
    private final SearchQueryBuilder builder;
    private final SearchResponseReader reader;
    private final FacetLabels labels = new FacetLabels();
    private final Clock clock = Clock.systemUTC();

    ElasticsearchArticleSearch(ElasticsearchClient client, Rest5Client rest, ArticleIndex index, JsonMapper json) {
        this.client = client;
        this.rest = rest;
        this.index = index;
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
        try (InputStream body = send(builder.build(parameters, pit))) {
            page = reader.read(body, parameters.size());
        } catch (ElasticsearchException e) {
            throw refused(parameters, e);
        }
        String currentPit = page.pit() != null ? page.pit() : pit;
        String nextCursor = null;
        if (page.nextAfter() != null) {
            nextCursor = SearchCursor.issued(cursor == null ? null : currentPit, page.nextAfter(), parameters.sort(),
                    parameters.fingerprint(), clock.instant()).encode();
        } else if (currentPit != null) {
            closePointInTime(currentPit);
        }
        return new SearchResult(page.total(), page.hits(), labelled(page), nextCursor);
    }

    /** The page's facets with their labels: learnt from its hits, else read once per code. */
    private SearchResult.Facets labelled(SearchResponseReader.Page page) throws IOException {
        labels.learn(page.hits());
        Map<Facet, List<String>> unknown = labels.unknown(page.facets());
        if (!unknown.isEmpty()) {
            try (InputStream body = send(builder.labels(unknown))) {
                labels.learn(reader.facets(body));
            } catch (ElasticsearchException e) {
                // The search itself succeeded: show it with codes for labels rather than fail it.
                log.warn("Elasticsearch refused the facet label query ({}): {}", e.status(), e.getMessage());
            }
        }
        return labels.apply(page.facets());
    }

    /**
     * Sends a search as the typed client would ({@code typed_keys}, so aggregations name their type) and returns the
     * response body.
     *
     * @throws ElasticsearchException when Elasticsearch answers with an error, as the typed client would throw it
     */
    private InputStream send(SearchRequest search) throws IOException {
        return send(new SearchQueryBuilder.Request(search.index(), JsonpUtils.toJsonString(search,
                client._jsonpMapper()).getBytes(StandardCharsets.UTF_8)));
    }

    private InputStream send(SearchQueryBuilder.Request search) throws IOException {
        JsonpMapper mapper = client._jsonpMapper();
        Request request = new Request("POST", search.index().isEmpty() ? "/_search"
                : "/" + String.join(",", search.index()) + "/_search");
        request.addParameter("typed_keys", "true");
        request.setEntity(new ByteArrayEntity(search.json(), ContentType.APPLICATION_JSON));
        Response response;
        try {
            response = rest.performRequest(request);
        } catch (ResponseException e) {
            response = e.getResponse();
        }
        // The low-level client returns answers below 500 as they are, refusals (4xx) included.
        if (response.getStatusCode() >= 300) {
            throw refusal(response, mapper);
        }
        return response.getEntity().getContent();
    }

    /** The error Elasticsearch answered with, as the typed client reads it. */
    private static ElasticsearchException refusal(Response response, JsonpMapper mapper) throws IOException {
        ErrorResponse error;
        try (JsonParser parser = mapper.jsonProvider().createParser(response.getEntity().getContent())) {
            error = ErrorResponse._DESERIALIZER.deserialize(parser, mapper);
        } catch (IOException | RuntimeException unreadable) {
            // Not an error document (e.g. a proxy's page): the search engine cannot be reached as such.
            throw new ResponseException(response);
        }
        return new ElasticsearchException("search", error);
    }

    private String openPointInTime() throws IOException {
        return client.openPointInTime(o -> o.index(index.alias())
                .keepAlive(t -> t.time(SearchQueryBuilder.PIT_KEEP_ALIVE))).id();
    }

    private void closePointInTime(String pit) {
        try {
            client.closePointInTime(c -> c.id(pit));
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
