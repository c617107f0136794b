package org.archivist.ingest.fetch;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.archivist.ingest.fetch.HttpFetcher.Validators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ETag and Last-Modified of every page fetched, kept in a compacted topic ({@code fetch.validators}) keyed by
 * URL, so that fetching a page again asks the site "only if changed" and an unchanged page costs a 304. Each instance
 * keeps the most recently seen {@code rememberedPages} in memory; a page beyond them is fetched in full, which costs
 * bandwidth, never correctness.
 */
final class PageValidatorLog implements FetchJobRunner.PageValidators, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PageValidatorLog.class);

    private final String topic;
    private final Producer<String, byte[]> producer;
    private final JsonMapper json;
    private final Map<String, Validators> remembered;
    private final TopicFollower follower;

    PageValidatorLog(String topic, Producer<String, byte[]> producer, Map<String, Object> consumerConfig,
            JsonMapper json, int rememberedPages) {
        this.topic = topic;
        this.producer = producer;
        this.json = json;
        this.remembered = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Validators> eldest) {
                return size() > rememberedPages;
            }
        };
        this.follower = new TopicFollower(topic, consumerConfig, this::read);
    }

    void start() {
        follower.start();
    }

    @Override
    public Validators get(String url) {
        synchronized (remembered) {
            return remembered.get(url);
        }
    }

    /** Not waited for: a validator lost costs one full fetch of the page next time. */
    @Override
    public void put(String url, Validators validators) {
        remember(url, validators);
        producer.send(new ProducerRecord<>(topic, url, json.writeValueAsBytes(validators)), (metadata, e) -> {
            if (e != null) {
                log.debug("Validators of {} not kept ({}): it will be fetched in full next time", url, e.getMessage());
            }
        });
    }

    private void read(String url, byte[] value) {
        if (value == null) {
            synchronized (remembered) {
                remembered.remove(url);
            }
            return;
        }
        try {
            remember(url, json.readValue(value, Validators.class));
        } catch (JacksonException e) {
            log.debug("Validators of {} unreadable, left out: {}", url, e.getOriginalMessage());
        }
    }

    private void remember(String url, Validators validators) {
        synchronized (remembered) {
            remembered.put(url, validators);
        }
    }

    @Override
    public void close() throws InterruptedException {
        follower.close();
        producer.close(Duration.ofSeconds(5));
    }
}
