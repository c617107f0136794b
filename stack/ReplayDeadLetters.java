import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Re-publishes the dead letters of a topic ({@code <topic>.DLT}) to the topic itself, after the cause
 * was fixed: {@code ./archivist replay-dlt articles.ingested}. Keys, values and the record's own headers
 * are copied byte for byte; the dead-letter headers are dropped. A consumer group per topic remembers
 * what was replayed, so running it twice replays each dead letter once.
 *
 * <p>Never an older version over a newer one: the article topics are compacted, so the last record of an
 * article id is the article, and a dead letter appended after a newer version or a delete (tombstone) of the
 * same article would roll it back or bring it back. A dead letter whose headers name its original partition and
 * offset in this topic is therefore replayed only if the topic holds no record with its key after that offset
 * in that partition; otherwise it is skipped, counted as done, and listed. Dead letters without those headers
 * are replayed. The same check makes a run that stopped half way safe to repeat: what it replayed is now the
 * newer record of its key. See docs/OPERATIONS.md, "Replaying dead letters".
 *
 * <p>Run by ./archivist with the Kafka client jars on the class path (a single-file source program, so there
 * is nothing to build).
 */
public class ReplayDeadLetters {

    // spring-kafka's KafkaHeaders.DLT_ORIGINAL_*, written by DeadLetterPublishingRecoverer: the topic in UTF-8,
    // the partition as a 4-byte and the offset as an 8-byte big-endian number.
    static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    static final String ORIGINAL_PARTITION = "kafka_dlt-original-partition";
    static final String ORIGINAL_OFFSET = "kafka_dlt-original-offset";

    /** Bounds each fetch, so the 128 MB heap ./archivist gives this program holds a poll of large articles. */
    static final int FETCH_MAX_BYTES = 16 * 1024 * 1024;

    /**
     * A dead letter and where its record was in the topic; {@code partition} is -1 when its headers do not say.
     */
    record DeadLetter(ConsumerRecord<byte[], byte[]> record, int partition, long offset) {

        static DeadLetter of(ConsumerRecord<byte[], byte[]> record, String topic) {
            Headers headers = record.headers();
            byte[] originalTopic = value(headers, ORIGINAL_TOPIC);
            byte[] partition = value(headers, ORIGINAL_PARTITION);
            byte[] offset = value(headers, ORIGINAL_OFFSET);
            // An offset only means something in the topic it was read from; without a key there is nothing to compare.
            boolean placed = record.key() != null && originalTopic != null
                    && topic.equals(new String(originalTopic, StandardCharsets.UTF_8))
                    && partition != null && partition.length == Integer.BYTES
                    && offset != null && offset.length == Long.BYTES;
            return placed ? new DeadLetter(record, ByteBuffer.wrap(partition).getInt(), ByteBuffer.wrap(offset).getLong())
                    : new DeadLetter(record, -1, -1);
        }

        boolean placed() {
            return partition >= 0;
        }

        /** The key as a map key: a {@link ByteBuffer} compares contents, a byte array only identity. */
        ByteBuffer key() {
            return ByteBuffer.wrap(record.key());
        }

        String describe() {
            return new String(record.key(), StandardCharsets.UTF_8) + " (was at offset " + offset + " of partition "
                    + partition + ")";
        }

        private static byte[] value(Headers headers, String name) {
            Header header = headers.lastHeader(name);
            return header == null ? null : header.value();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ReplayDeadLetters <bootstrap-servers> <topic>");
            System.exit(2);
        }
        String bootstrap = args[0];
        String topic = args[1];
        String deadLetters = topic + ".DLT";
        Map<String, Object> consumerConfig = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "archivist-replay-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, FETCH_MAX_BYTES);
        Map<String, Object> producerConfig = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        int replayed = 0;
        int skipped = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig, new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetters, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<DeadLetter> pending = readPending(consumer, partitions, end, topic);
            Map<Integer, Map<ByteBuffer, Long>> latest = latestOffsets(bootstrap, topic, pending);
            for (DeadLetter deadLetter : pending) {
                Long newer = deadLetter.placed()
                        ? latest.getOrDefault(deadLetter.partition(), Map.of()).get(deadLetter.key()) : null;
                if (newer != null && newer > deadLetter.offset()) {
                    System.out.println("skipped " + deadLetter.describe() + ": offset " + newer + " has a newer record"
                            + " or a delete of it");
                    skipped++;
                    continue;
                }
                ConsumerRecord<byte[], byte[]> record = deadLetter.record();
                RecordHeaders headers = new RecordHeaders();
                record.headers().forEach(h -> {
                    if (!h.key().startsWith("kafka_dlt-")) {
                        headers.add(h);
                    }
                });
                producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers)).get();
                replayed++;
            }
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            end.forEach((partition, offset) -> done.put(partition, new OffsetAndMetadata(offset)));
            consumer.commitSync(done);
        }
        System.out.println("replayed " + replayed + ", skipped " + skipped
                + " superseded (newer record or delete since)");
    }

    /**
     * The dead letters not replayed yet: from the group's committed offsets (or the beginning) to the end offsets
     * of when the run started, in the order they were dead-lettered.
     */
    static List<DeadLetter> readPending(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> end, String topic) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            if (done != null) {
                consumer.seek(partition, done.offset());
            } else {
                consumer.seekToBeginning(List.of(partition));
            }
        }
        List<DeadLetter> pending = new ArrayList<>();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    pending.add(DeadLetter.of(record, topic));
                }
            }
        }
        return pending;
    }

    /**
     * For each partition of the topic that placed dead letters come from, the highest offset of each of their keys,
     * reading the partition once, from the smallest original offset among its dead letters to its end. Committed
     * records only: an aborted write is no newer version.
     */
    static Map<Integer, Map<ByteBuffer, Long>> latestOffsets(String bootstrap, String topic, List<DeadLetter> deadLetters) {
        Map<Integer, Long> from = new HashMap<>();
        Map<Integer, Set<ByteBuffer>> keys = new HashMap<>();
        for (DeadLetter deadLetter : deadLetters) {
            if (deadLetter.placed()) {
                from.merge(deadLetter.partition(), deadLetter.offset(), Math::min);
                keys.computeIfAbsent(deadLetter.partition(), p -> new HashSet<>()).add(deadLetter.key());
            }
        }
        Map<Integer, Map<ByteBuffer, Long>> latest = new HashMap<>();
        if (from.isEmpty()) {
            return latest;
        }
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // An original offset that compaction or retention has removed: start at the first one kept.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, FETCH_MAX_BYTES);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = from.keySet().stream().map(p -> new TopicPartition(topic, p)).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            partitions.forEach(p -> consumer.seek(p, from.get(p.partition())));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    Set<ByteBuffer> wanted = keys.get(record.partition());
                    if (record.key() != null && wanted.contains(ByteBuffer.wrap(record.key()))) {
                        latest.computeIfAbsent(record.partition(), p -> new HashMap<>())
                                .merge(ByteBuffer.wrap(record.key()), record.offset(), Math::max);
                    }
                }
            }
        }
        return latest;
    }
}
