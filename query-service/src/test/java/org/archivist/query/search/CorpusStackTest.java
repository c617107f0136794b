package org.archivist.query.search;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.archivist.query.QuerySettings;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.StackIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the ITs that read the fixture corpus ({@link Corpus}) through the HTTP API. They share one
 * application context, so the corpus goes through Kafka into the index once for all of them; none of
 * them may add documents.
 */
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-corpus-${archivist.it.run}",
        "archivist.query.index-alias=it-corpus-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-corpus-${archivist.it.run}" })
public abstract class CorpusStackTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    /** The topic and index pairs the corpus went through: subclasses on other properties load their own. */
    private static final Set<String> LOADED = ConcurrentHashMap.newKeySet();

    @LocalServerPort
    protected int port;

    @Autowired
    protected QuerySettings settings;

    protected HttpProbe http;

    @BeforeEach
    void loadCorpusOnce() {
        http = new HttpProbe(port);
        String target = settings.topic() + " -> " + settings.indexAlias();
        if (!LOADED.contains(target)) {
            Corpus.load(settings.topic(), http);
            LOADED.add(target);
        }
    }
}
