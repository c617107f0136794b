import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Re-publishes the dead letters of a topic ({@code <topic>.DLT}) to the topic itself, after the cause
 * was fixed: {@code ./archivist replay-dlt articles.ingested}. Keys, values and the record's own headers
 * are copied byte for byte; the dead-letter headers are dropped. A consumer group per topic remembers
 * what was replayed, so running it twice replays each dead letter once. Run by ./archivist with the
 * Kafka client jars on the class path (a single-file source program, so there is nothing to build).
 */
public class ReplayDeadLetters {

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
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Object> producerConfig = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        int replayed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig, new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetters, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                if (done != null) {
                    consumer.seek(partition, done.offset());
                } else {
                    consumer.seekToBeginning(List.of(partition));
                }
            }
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    RecordHeaders headers = new RecordHeaders();
                    record.headers().forEach(h -> {
                        if (!h.key().startsWith("kafka_dlt-")) {
                            headers.add(h);
                        }
                    });
                    producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers)).get();
                    progress.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                    replayed++;
                }
                consumer.commitSync(progress);
            }
        }
        System.out.println("replayed " + replayed + " dead letter(s) from " + deadLetters + " to " + topic);
    }
}
