package org.archivist.query;

import static org.archivist.testing.AccessTable.admins;
import static org.archivist.testing.AccessTable.open;
import static org.archivist.testing.AccessTable.readers;
import static org.archivist.testing.AccessTable.writers;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.archivist.query.index.ArticleIndexer;
import org.archivist.testing.AccessTable.Endpoint;
import org.archivist.testing.AccessTable.Port;
import org.archivist.testing.AccessTable.Row;
import org.archivist.testing.AccessTableTest;
import org.archivist.testing.StackIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code archivist.security.public-read=false}, every read of query-service (search, articles and the API docs)
 * needs a reader key or a higher one, while the web page's own files, health and info stay open.
 */
@StackIntegrationTest(properties = {
        "archivist.security.public-read=false",
        "archivist.query.topic=it-private-${archivist.it.run}",
        "archivist.query.index-alias=it-private-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-private-${archivist.it.run}",
        "archivist.security.failed-attempts.requests=1000", "archivist.security.failed-attempts.per=1m" })
class PrivateReadIT extends AccessTableTest {

    private static final String ID = SecurityIT.ID;

    @Autowired
    ArticleIndexer indexer;

    @BeforeAll
    void storeOneArticle() throws IOException {
        indexer.index(List.of(SecurityIT.article(JsonMapper.builder().build())));
    }

    static Stream<Row> table() {
        return Stream.of(
                readers(Endpoint.get(Port.API, "/api/search?q=harbour"), 200),
                readers(Endpoint.head(Port.API, "/api/search?q=harbour"), 200),
                readers(Endpoint.get(Port.API, "/api/articles/" + ID), 200),
                readers(Endpoint.get(Port.API, "/api/articles/no-such-article"), 404),
                readers(Endpoint.get(Port.API, "/api/articles/" + ID + "/similar"), 200),
                readers(Endpoint.get(Port.API, "/api/articles/" + ID + "/cited-by"), 200),
                readers(Endpoint.get(Port.API, "/api/web-settings"), 200),
                readers(Endpoint.get(Port.API, "/api/export?q=harbour&format=csv"), 200),
                readers(Endpoint.head(Port.API, "/api/export?q=harbour"), 200),
                // The web page's own files hold no data and load without a key: the page then asks for one.
                open(Endpoint.get(Port.API, "/"), 200),
                open(Endpoint.get(Port.API, "/index.html"), 200),
                open(Endpoint.get(Port.API, "/favicon.svg"), 200),
                open(Endpoint.get(Port.API, "/css/archivist.css"), 200),
                open(Endpoint.get(Port.API, "/js/main.js"), 200),
                readers(Endpoint.get(Port.API, "/v3/api-docs"), 200),
                readers(Endpoint.get(Port.API, "/swagger-ui/index.html"), 200),
                writers(Endpoint.post(Port.API, "/api/search?q=harbour", "application/json", "{}"), 405),
                // Deletes need the admin key; these two publish nothing (no reason given; a dry run).
                admins(Endpoint.delete(Port.API, "/api/articles/" + ID), 400),
                admins(Endpoint.delete(Port.API, "/api/articles?source=it&dryRun=true"), 200),
                open(Endpoint.get(Port.MANAGEMENT, "/actuator/health"), 200),
                open(Endpoint.get(Port.MANAGEMENT, "/actuator/health/liveness"), 200),
                open(Endpoint.get(Port.MANAGEMENT, "/actuator/health/readiness"), 200),
                open(Endpoint.get(Port.MANAGEMENT, "/actuator/info"), 200),
                admins(Endpoint.get(Port.MANAGEMENT, "/actuator/prometheus"), 200),
                admins(Endpoint.get(Port.MANAGEMENT, "/actuator/reindex"), 200))
                .flatMap(rows -> rows);
    }

}
