package org.archivist.ingest.fetch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.archivist.ingest.publish.PublishFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetch jobs kept in a compacted topic ({@code fetch.jobs}), one record per job id holding its latest state, and
 * followed by every instance: whichever instance is asked about a job can answer, and an instance restarted with the
 * same {@code ARCHIVIST_INSTANCE_ID} finds the jobs it was running.
 */
final class FetchJobLog implements FetchJobRunner.Journal, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FetchJobLog.class);

    private final String topic;
    private final Producer<String, byte[]> producer;
    private final JsonMapper json;
    private final Duration timeout;
    private final Map<String, FetchJob> jobs = new ConcurrentHashMap<>();
    private final TopicFollower follower;

    FetchJobLog(String topic, Producer<String, byte[]> producer, Map<String, Object> consumerConfig, JsonMapper json,
            Duration timeout) {
        this.topic = topic;
        this.producer = producer;
        this.json = json;
        this.timeout = timeout;
        this.follower = new TopicFollower(topic, consumerConfig, this::read);
    }

    void start() {
        follower.start();
    }

    boolean awaitCaughtUp(Duration wait) throws InterruptedException {
        return follower.awaitCaughtUp(wait);
    }

    /** Durable when it returns: a job accepted with 202 is in Kafka, so it cannot be lost. */
    @Override
    public void save(FetchJob job) {
        byte[] value = json.writeValueAsBytes(job);
        try {
            producer.send(new ProducerRecord<>(topic, job.id(), value)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new PublishFailedException("Kafka did not take the state of fetch job " + job.id() + ": "
                    + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("Interrupted while saving fetch job " + job.id(), e);
        }
        newer(job);
    }

    /** A tombstone: compaction then removes the job for good. */
    void delete(String id) {
        jobs.remove(id);
        producer.send(new ProducerRecord<>(topic, id, null), (metadata, e) -> {
            if (e != null) {
                log.debug("Fetch job {} not deleted ({}); the next round tries again", id, e.getMessage());
            }
        });
    }

    Optional<FetchJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    List<FetchJob> all() {
        return List.copyOf(jobs.values());
    }

    private void read(String id, byte[] value) {
        if (value == null) {
            jobs.remove(id);
            return;
        }
        try {
            newer(json.readValue(value, FetchJob.class));
        } catch (JacksonException e) {
            log.warn("Fetch job {} in {} is unreadable, left out: {}", id, topic, e.getOriginalMessage());
        }
    }

    /** Records come back from the topic after the instance that wrote them knew better: the latest state wins. */
    private void newer(FetchJob job) {
        jobs.merge(job.id(), job, (old, candidate) -> candidate.updatedAt().isBefore(old.updatedAt()) ? old : candidate);
    }

    @Override
    public void close() throws InterruptedException {
        follower.close();
        producer.close(Duration.ofSeconds(5));
    }
}
