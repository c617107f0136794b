package org.archivist.query.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.archivist.query.QuerySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Owns the versioned index behind the alias: creates it with the explicit settings and mapping in
 * {@code elasticsearch/} when the alias does not exist yet: at start-up, or on first use when
 * Elasticsearch was down at start-up (the service still starts, and reports itself not ready).
 */
@Component
public class ArticleIndex {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);

    private final ElasticsearchClient client;
    private final QuerySettings settings;
    private final JsonMapper json;
    private volatile boolean ready;

    ArticleIndex(ElasticsearchClient client, QuerySettings settings, JsonMapper json) {
        this.client = client;
        this.settings = settings;
        this.json = json;
    }

    /** The alias all reads and writes go through. */
    public String alias() {
        return settings.indexAlias();
    }

    /** Creates the index at start-up when Elasticsearch is there; when it is not, the first write or search does. */
    @EventListener(ApplicationReadyEvent.class)
    void createAtStartup() {
        try {
            ensureExists();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not check or create index {} at start-up ({}); will retry on first use",
                    settings.indexName(), e.toString());
        }
    }

    /** Creates the index and its alias unless the alias exists. Idempotent; cheap once it has succeeded. */
    public void ensureExists() throws IOException {
        if (ready) {
            return;
        }
        if (!client.indices().existsAlias(a -> a.name(settings.indexAlias())).value()) {
            create();
        }
        ready = true;
    }

    private void create() throws IOException {
        String body = definition().toString();
        try {
            client.indices().create(c -> c.index(settings.indexName())
                    .withJson(new StringReader(body))
                    .aliases(settings.indexAlias(), a -> a.isWriteIndex(true)));
            log.info("Created index {} behind alias {}", settings.indexName(), settings.indexAlias());
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            // Another instance may have created it between our check and our create.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /** The index's settings and mappings from the classpath, with the configured refresh interval. */
    ObjectNode definition() {
        ObjectNode definition = json.createObjectNode();
        ObjectNode indexSettings = (ObjectNode) read("elasticsearch/articles-settings.json");
        indexSettings.withObjectProperty("index").put("refresh_interval", settings.refreshInterval().toMillis() + "ms");
        definition.set("settings", indexSettings);
        definition.set("mappings", read("elasticsearch/articles-mappings.json"));
        return definition;
    }

    private tools.jackson.databind.JsonNode read(String resource) {
        try (InputStream in = ArticleIndex.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
