package org.archivist.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.archivist.ingest.IngestSettings;
import org.archivist.ingest.article.ArticleFactory;
import org.archivist.ingest.publish.ArticlePublisher;
import org.archivist.ingest.publish.IngestMetrics;
import org.archivist.web.SecuritySettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires fetching from the web: the safe HTTP client, the polite layer over it, the jobs' and validators' topics, and
 * the jobs themselves, resumed once the jobs topic has been read.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FetchSettings.class)
class FetchConfiguration {

    /** A job with thousands of URLs listed: room for its state, sent compressed. */
    private static final int JOB_MAX_BYTES = 8 * 1024 * 1024;

    @Bean
    NewTopic fetchJobsTopic(FetchSettings settings) {
        // Compacted to each job's last state; FetchJobs deletes the jobs that ended a month ago.
        return TopicBuilder.name(settings.jobsTopic()).partitions(1)
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(JOB_MAX_BYTES))
                .build();
    }

    @Bean
    NewTopic fetchValidatorsTopic(FetchSettings settings) {
        return TopicBuilder.name(settings.validatorsTopic()).partitions(3)
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .build();
    }

    @Bean(destroyMethod = "close")
    HttpFetcher httpFetcher(FetchSettings settings, SecuritySettings security) {
        // A fetched page may be as large as a page posted.
        return new HttpFetcher(new AddressPolicy(settings.allowedHosts()), settings, security.maxBodySize().toBytes());
    }

    @Bean
    PoliteFetcher politeFetcher(HttpFetcher http, FetchSettings settings) {
        return new PoliteFetcher(http, settings, Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    FetchJobLog fetchJobLog(FetchSettings settings, IngestSettings ingest, KafkaProperties kafka, JsonMapper json) {
        return new FetchJobLog(settings.jobsTopic(), producer(kafka, JOB_MAX_BYTES, "archivist-fetch-jobs"),
                consumerConfig(kafka, "archivist-fetch-jobs-follower"), json, ingest.publishTimeout());
    }

    @Bean(destroyMethod = "close")
    PageValidatorLog pageValidatorLog(FetchSettings settings, KafkaProperties kafka, JsonMapper json) {
        return new PageValidatorLog(settings.validatorsTopic(),
                producer(kafka, 1024 * 1024, "archivist-fetch-validators"),
                consumerConfig(kafka, "archivist-fetch-validators-follower"), json, settings.rememberedPages());
    }

    @Bean(destroyMethod = "close")
    FetchJobs fetchJobs(PoliteFetcher fetcher, FetchJobLog jobs, PageValidatorLog validators,
            ArticlePublisher publisher, IngestMetrics metrics, ArticleFactory factory, FetchSettings settings,
            @Value("${ARCHIVIST_INSTANCE_ID:}") String instanceId, @Value("${server.port:8081}") int port) {
        FetchJobRunner runner = new FetchJobRunner(fetcher::fetch, jobs, validators,
                metrics.counting("fetches", publisher), factory,
                Clock.systemUTC(), settings.maxUrlsPerJob());
        return new FetchJobs(runner, jobs, owner(instanceId, port), Clock.systemUTC(), settings.maxUrlsPerJob(),
                settings.orphanedAfter());
    }

    @Bean(destroyMethod = "close")
    FetchHousekeeping fetchHousekeeping(FetchJobLog jobs, PageValidatorLog validators, FetchJobs fetchJobs) {
        return new FetchHousekeeping(jobs, validators, fetchJobs);
    }

    /** Stable across restarts, so a restarted instance finds its jobs: the instance id, else host and port. */
    static String owner(String instanceId, int port) {
        if (instanceId != null && !instanceId.isBlank()) {
            return instanceId.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName() + ":" + port;
        } catch (UnknownHostException e) {
            return "localhost:" + port;
        }
    }

    /**
     * While the broker is down, Kafka clients reconnect every second and log each attempt: four more clients doubled
     * ingest's log in a minute without a broker. These are background clients, so they wait up to 10 s between
     * attempts, and do not rebootstrap (the bootstrap list names every broker).
     */
    private static Map<String, Object> quietWhileDown(Map<String, Object> config, String clientId) {
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        config.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, 10_000);
        config.put(CommonClientConfigs.METADATA_RECOVERY_STRATEGY_CONFIG, "none");
        return config;
    }

    private static Producer<String, byte[]> producer(KafkaProperties kafka, int maxBytes, String clientId) {
        Map<String, Object> config = quietWhileDown(new HashMap<>(kafka.buildProducerProperties()), clientId);
        // State records are idempotent overwrites, outside the transactions that publish articles.
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        config.keySet().removeIf(key -> key.startsWith("spring.json"));
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxBytes);
        // gzip is in the JDK: zstd and lz4 load native code, which JDK 24+ warns about at every start.
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private static Map<String, Object> consumerConfig(KafkaProperties kafka, String clientId) {
        Map<String, Object> config = quietWhileDown(new HashMap<>(kafka.buildConsumerProperties()), clientId);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        config.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return config;
    }
}
