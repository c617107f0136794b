package org.archivist.enrich.article;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.archivist.contract.Article;
import org.archivist.contract.EnrichedArticle;
import org.archivist.enrich.EnrichSettings;
import org.archivist.kafka.LogCursor;
import org.archivist.kafka.Tombstones;
import org.archivist.kafka.UnreadableRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Re-enriches the whole archive: reads {@code articles.ingested} from its beginning up to the end offsets of the
 * start and publishes every article again, enriched by the code and tables running now, and every deletion again,
 * to {@code articles.enriched} with {@link EnrichedArticle#REENRICHED_HEADER}. query-service leaves those records to
 * the rebuild that follows ({@code ./archivist rebuild --re-enrich}), which builds a new index version from the log
 * and moves the alias, so searches see the old enrichment until every article has the new one.
 *
 * <p>The live listener keeps running meanwhile. {@link LiveClaims} keeps each article's records in order on the
 * compacted topic. The pass reads the partitions this instance's live listener holds, with a consumer of its own that
 * commits nothing: with several instances, each instance's pass covers its own partitions
 * ({@code ./archivist rebuild --re-enrich} starts one on each). One pass runs at a time per instance, and a failed
 * pass is simply started again.
 */
@Component
class ReenrichPass {

    private static final Logger log = LoggerFactory.getLogger(ReenrichPass.class);

    static final String JOB = "reenrich";
    private static final Duration POLL = Duration.ofSeconds(1);

    private final ArticleEnricher enricher;
    private final KafkaTemplate<String, EnrichedArticle> template;
    private final ConsumerFactory<String, Article> consumers;
    private final EnrichSettings settings;
    private final LiveClaims claims;
    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<ReenrichStatus> status = new AtomicReference<>(ReenrichStatus.idle());

    ReenrichPass(ArticleEnricher enricher, KafkaTemplate<String, EnrichedArticle> template,
            ConsumerFactory<String, Article> consumers, EnrichSettings settings, LiveClaims claims) {
        this.enricher = enricher;
        this.template = template;
        this.consumers = consumers;
        this.settings = settings;
        this.claims = claims;
    }

    ReenrichStatus status() {
        return status.get();
    }

    /** Starts a pass in the background; empty when one runs already. */
    synchronized Optional<ReenrichStatus> start() {
        if (status.get().isRunning()) {
            return Optional.empty();
        }
        status.set(ReenrichStatus.started(enricher.version(), settings.inputTopic(), clock.instant()));
        Thread.ofPlatform().name(JOB).daemon().start(this::run);
        return Optional.of(status.get());
    }

    private void run() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1");
        claims.open();
        try (Consumer<String, Article> consumer = consumers.createConsumer(null, JOB, null, overrides)) {
            int topicPartitions = consumer.partitionsFor(settings.inputTopic(), POLL.multipliedBy(10)).size();
            Set<Integer> held = claims.held();
            if (held.isEmpty()) {
                throw new IllegalStateException("this instance's live listener holds no partition of "
                        + settings.inputTopic() + " (other instances hold them all, or it has not joined its group "
                        + "yet): start the pass on an instance that holds some");
            }
            List<TopicPartition> partitions = new ArrayList<>(LogCursor.fromBeginning(consumer,
                    settings.inputTopic(), POLL.multipliedBy(10), held::contains));
            // Taken after the claims opened: every record beyond them reaches the live listener while it claims.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long left = LogCursor.left(consumer, partitions, end);
            log.info("Re-enrichment as {}: reading partitions {} of {} ({} of {}, {} records)", enricher.version(),
                    held, settings.inputTopic(), held.size(), topicPartitions, left);
            long total = left;
            update(s -> s.reading(List.copyOf(held), topicPartitions, total));
            Set<Integer> moved = new TreeSet<>();
            while (left > 0) {
                ConsumerRecords<String, Article> polled = consumer.poll(POLL);
                List<ConsumerRecord<String, Article>> batch = new ArrayList<>(polled.count());
                for (TopicPartition partition : polled.partitions()) {
                    long stop = end.getOrDefault(partition, 0L);
                    polled.records(partition).stream().filter(r -> r.offset() < stop).forEach(batch::add);
                }
                Set<Integer> movedNow = publish(batch, LogCursor.left(consumer, partitions, end));
                if (!movedNow.isEmpty()) {
                    // Another instance's live listener holds them now: reading them on would be wasted.
                    moved.addAll(movedNow);
                    partitions.removeIf(partition -> moved.contains(partition.partition()));
                    consumer.assign(partitions);
                    log.warn("Re-enrichment: partitions {} of {} moved to another instance during the pass",
                            movedNow, settings.inputTopic());
                }
                left = LogCursor.left(consumer, partitions, end);
            }
            if (!moved.isEmpty()) {
                throw new IllegalStateException("partitions " + moved + " of " + settings.inputTopic() + " moved to "
                        + "another enrich-service instance during the pass (an instance joined or left), so their "
                        + "articles were re-enriched only in part: start the pass again");
            }
            update(s -> s.done(clock.instant()));
            log.info("Re-enrichment {}", status.get().summary());
        } catch (RuntimeException e) {
            log.error("Re-enrichment of {} failed", settings.inputTopic(), e);
            update(s -> s.failed(clock.instant(), e.getMessage()));
        } finally {
            claims.close();
        }
    }

    /** Enriches and publishes one poll's records; returns the input partitions this instance no longer holds. */
    private Set<Integer> publish(List<ConsumerRecord<String, Article>> batch, long lagAfter) {
        Map<Integer, List<ProducerRecord<String, EnrichedArticle>>> out = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long unreadable = 0;
        for (ConsumerRecord<String, Article> record : batch) {
            List<ProducerRecord<String, EnrichedArticle>> partition =
                    out.computeIfAbsent(record.partition(), p -> new ArrayList<>());
            if (Tombstones.isTombstone(record)) {
                partition.add(marked(Tombstones.record(settings.outputTopic(), Tombstones.read(record))));
            } else if (UnreadableRecords.isUnreadable(record)) {
                unreadable++;
            } else {
                try {
                    EnrichedArticle enriched = enricher.enrich(record.value());
                    partition.add(marked(new ProducerRecord<>(settings.outputTopic(), enriched.id(), enriched)));
                } catch (RuntimeException e) {
                    String failure = record.partition() + "@" + record.offset() + " " + record.key() + ": "
                            + e.getMessage();
                    log.warn("Re-enrichment: {} keeps its older enrichment; enriching failed at {}", record.key(),
                            failure, e);
                    failures.add(failure);
                }
            }
        }
        LiveClaims.Published published = claims.publishUnclaimed(out, template::send, settings.sendTimeout());
        int sent = out.entrySet().stream().filter(e -> !published.moved().contains(e.getKey()))
                .mapToInt(e -> e.getValue().size()).sum() - published.leftToLive();
        long skipped = unreadable;
        update(s -> s.progress(batch.size(), sent, published.leftToLive(), skipped, failures, lagAfter));
        return published.moved();
    }

    private ProducerRecord<String, EnrichedArticle> marked(ProducerRecord<String, EnrichedArticle> record) {
        record.headers().add(EnrichedArticle.REENRICHED_HEADER, enricher.version().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private void update(UnaryOperator<ReenrichStatus> change) {
        status.updateAndGet(change);
    }
}
