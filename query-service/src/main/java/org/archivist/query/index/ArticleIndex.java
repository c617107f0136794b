package org.archivist.query.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;
import co.elastic.clients.elasticsearch.tasks.GetTasksResponse;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import jakarta.json.stream.JsonParser;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.archivist.query.QuerySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The gateway to Elasticsearch: every call query-service makes goes through here, and the index's field names are
 * named here. Owns the versioned index behind the alias: creates it with the explicit settings and mapping in
 * {@code elasticsearch/} when the alias does not exist yet: at start-up, or on first use when
 * Elasticsearch was down at start-up (the service still starts, and reports itself not ready). Documents are
 * {@link IndexedArticle}s, written and read by the client's mapper with no JSON tree in between.
 */
@Component
public class ArticleIndex {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);

    /** Elasticsearch's default {@code index.merge.policy.max_merged_segment}. */
    static final long MAX_MERGED_SEGMENT_BYTES = 5L << 30;
    private static final long COMPACTION_POLL_MILLIS = 500;

    public static final String ID = "id";
    public static final String SOURCE = "source";
    public static final String INGESTED_AT = "ingestedAt";
    /** Set on deleted articles' documents only ({@link IndexedArticle#deleted}). */
    public static final String DELETED_AT = "deletedAt";
    public static final String URL = "url";
    public static final String TITLE = "title";
    public static final String PUBLISHED_AT = "publishedAt";
    public static final String CONTENT_HASH = "contentHash";
    public static final String INDEXED_AT = "indexedAt";
    public static final String FOOTNOTES = "footnotes";
    public static final String FOOTNOTE_LINKS = "footnoteLinks";
    /** Index-only: an article's own citation keys. */
    public static final String CITATION_TARGETS = "citationTargets";
    /** Index-only: each footnote link's citation keys. */
    public static final String LINK_CITATION_KEYS = FOOTNOTE_LINKS + ".citationKeys";
    private static final String LEASE_ID = "lease";

    private final ElasticsearchClient client;
    private final Rest5Client rest;
    private final QuerySettings settings;
    private final JsonMapper json;
    private volatile boolean ready;

    ArticleIndex(ElasticsearchClient client, Rest5Client rest, QuerySettings settings, JsonMapper json) {
        this.client = client;
        this.rest = rest;
        this.settings = settings;
        this.json = json;
    }

    /**
     * The alias's filter: searches through it never see a deleted article's document. A point in time opened on
     * the alias keeps the filter; a get by id does not, so {@link #find} and {@link #findAll} leave them out.
     */
    private static Query live() {
        return Query.of(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field(DELETED_AT)))));
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
        } else {
            addNewFields();
            applyDynamicSettings(settings.indexAlias());
            filterAlias();
        }
        ready = true;
    }

    /**
     * An index made by an older build lacks the fields added since (the mapping is strict, so documents carrying
     * them would be rejected): put this build's mapping on it. Elasticsearch accepts new fields in place; a changed
     * field it refuses, and only a reindex into a new version can apply that.
     */
    private void addNewFields() throws IOException {
        String mappings = read("elasticsearch/articles-mappings.json").toString();
        try {
            client.indices().putMapping(p -> p.index(settings.indexAlias()).withJson(new StringReader(mappings)));
        } catch (ElasticsearchException e) {
            log.warn("Index {} has a mapping this build cannot extend in place ({}); run ./archivist reindex",
                    settings.indexAlias(), e.getMessage());
        }
    }

    /** Puts the filter on an alias made by a build that had no deletions; adding an alias again replaces it. */
    private void filterAlias() throws IOException {
        String index = writeIndex();
        client.indices().updateAliases(u -> u.actions(a -> a.add(d -> d.index(index).alias(settings.indexAlias())
                .isWriteIndex(true).filter(live()))));
    }

    /**
     * The configured refresh interval and replicas, also for an index created with others: both are dynamic
     * settings (shards are not: a new version takes them). And a translog synced before each write is acknowledged,
     * which {@link #createUnpublished} turns off while the version is being filled.
     */
    private void applyDynamicSettings(String index) throws IOException {
        String interval = settings.refreshInterval().toMillis() + "ms";
        client.indices().putSettings(p -> p.index(index).settings(s -> {
            s.refreshInterval(t -> t.time(interval))
                    .translog(t -> t.durability(TranslogDurability.Request));
            if (settings.autoExpandReplicas()) {
                s.autoExpandReplicas(settings.indexReplicas());
            } else {
                s.autoExpandReplicas("false").numberOfReplicas(settings.indexReplicas());
            }
            return s;
        }));
    }

    private void create() throws IOException {
        String body = definition().toString();
        try {
            client.indices().create(c -> c.index(settings.indexName())
                    .withJson(new StringReader(body))
                    .aliases(settings.indexAlias(), a -> a.isWriteIndex(true).filter(live())));
            log.info("Created index {} behind alias {}", settings.indexName(), settings.indexAlias());
        } catch (ElasticsearchException e) {
            // Another instance may have created it between our check and our create.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /** The concrete index the alias points to now, e.g. {@code articles-v1}. */
    public String current() throws IOException {
        ensureExists();
        try {
            return writeIndex();
        } catch (ElasticsearchException e) {
            if (e.status() != 404) {
                throw e;
            }
            // The alias went away since it was made (Elasticsearch lost its data): make it again.
            ready = false;
            ensureExists();
            return writeIndex();
        }
    }

    private String writeIndex() throws IOException {
        var aliases = client.indices().getAlias(a -> a.name(settings.indexAlias())).aliases();
        return aliases.entrySet().stream()
                .filter(e -> aliases.size() == 1 || Boolean.TRUE.equals(e.getValue().aliases()
                        .get(settings.indexAlias()).isWriteIndex()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Alias " + settings.indexAlias()
                        + " points to several indices and none is its write index: " + aliases.keySet()));
    }

    /**
     * The name of the index version after {@code current}: {@code articles-v1} gives {@code articles-v2}; an index
     * not named by version (created by hand) gives version 2.
     */
    static String nextVersion(String alias, String current) {
        String prefix = alias + "-v";
        if (current.startsWith(prefix)) {
            try {
                return prefix + (Integer.parseInt(current.substring(prefix.length())) + 1);
            } catch (NumberFormatException e) {
                // Not one of ours: start the numbering.
            }
        }
        return prefix + 2;
    }

    /**
     * Creates an index version with the current settings and mapping but no alias, and with refreshing off, since
     * nothing searches it until {@link #publish} makes it the alias's index. Its translog is synced every few
     * seconds rather than before each bulk request is answered: a job that loses the last seconds of its writes in a
     * crash has failed anyway and starts again on a new copy, so an fsync per request would buy nothing; publishing
     * syncs per request again before any live write can go there. A left-over index of that name from a reindex that
     * failed is deleted first; the alias never points to one.
     */
    void createUnpublished(String name) throws IOException {
        if (client.indices().exists(e -> e.index(name)).value()) {
            if (client.indices().existsAlias(a -> a.index(name).name(settings.indexAlias())).value()) {
                throw new IllegalStateException("Index " + name + " is already behind alias " + settings.indexAlias());
            }
            log.warn("Deleting {}, left over from an earlier reindex that did not finish", name);
            client.indices().delete(d -> d.index(name));
        }
        ObjectNode body = definition();
        ObjectNode indexSettings = ((ObjectNode) body.get("settings")).withObjectProperty("index");
        indexSettings.put("refresh_interval", "-1");
        indexSettings.withObjectProperty("translog").put("durability", "async");
        client.indices().create(c -> c.index(name).withJson(new StringReader(body.toString())));
    }

    /**
     * Turns refreshing and the per-request translog sync back on for {@code next}, refreshes it, and moves the alias
     * from {@code previous} to it in one atomic alias update: every search sees one whole index version, before or
     * after.
     */
    void publish(String previous, String next) throws IOException {
        applyDynamicSettings(next);
        client.indices().refresh(r -> r.index(next));
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(previous).alias(settings.indexAlias())))
                .actions(a -> a.add(d -> d.index(next).alias(settings.indexAlias()).isWriteIndex(true).filter(live()))));
        log.info("Alias {} moved from {} to {}", settings.indexAlias(), previous, next);
    }

    /**
     * The stored article with this id, read in real time (not only what search already sees), with only the given
     * fields when some are named; empty when there is none or it was deleted.
     */
    public Optional<IndexedArticle> find(String id, String... fields) throws IOException {
        ensureExists();
        GetResponse<IndexedArticle> found = client.get(g -> {
            g.index(alias()).id(id);
            return fields.length == 0 ? g : g.sourceIncludes(withDeletedAt(fields));
        }, IndexedArticle.class);
        return found.found() ? Optional.ofNullable(found.source()).filter(article -> !article.isDeleted())
                : Optional.empty();
    }

    /** The fields to read, and {@link #DELETED_AT}, which tells a deleted article's document apart. */
    private static List<String> withDeletedAt(String... fields) {
        List<String> read = new ArrayList<>(fields.length + 1);
        read.addAll(List.of(fields));
        read.add(DELETED_AT);
        return read;
    }

    /**
     * The stored articles with these ids, read in real time, with only the given fields; missing and deleted ones
     * left out.
     */
    public List<IndexedArticle> findAll(Collection<String> ids, String... fields) throws IOException {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<IndexedArticle> found = new ArrayList<>(ids.size());
        for (MultiGetResponseItem<IndexedArticle> item : client.mget(m -> {
            m.index(alias()).ids(List.copyOf(ids));
            return fields.length == 0 ? m : m.sourceIncludes(withDeletedAt(fields));
        }, IndexedArticle.class).docs()) {
            if (item.isResult() && item.result().found() && item.result().source() != null
                    && !item.result().source().isDeleted()) {
                found.add(item.result().source());
            }
        }
        return found;
    }

    /** Takes one page of stored articles; returns whether to read the next. */
    public interface Page {
        boolean take(List<IndexedArticle> documents) throws IOException;
    }

    /**
     * Reads the live articles matching {@code query}, with only {@code fields}, a page at a time with
     * {@code search_after} on {@code sort} (which must end on a unique field), until {@code page} says stop, the hits
     * run out, or {@code maxDocuments} were read.
     *
     * @return false when it stopped at {@code maxDocuments} with more to read
     */
    public boolean pages(Query query, List<String> fields, List<SortOptions> sort, int pageSize, long maxDocuments,
            Page page) throws IOException {
        List<FieldValue> after = null;
        for (long read = 0; read < maxDocuments; read += pageSize) {
            SearchRequest.Builder request = new SearchRequest.Builder().index(alias()).query(query)
                    .size(pageSize).trackTotalHits(t -> t.enabled(false))
                    .source(c -> c.filter(f -> f.includes(fields))).sort(sort);
            if (after != null) {
                request.searchAfter(after);
            }
            List<Hit<IndexedArticle>> hits = search(request.build(), IndexedArticle.class).hits().hits();
            if (!page.take(hits.stream().map(Hit::source).filter(Objects::nonNull).toList())
                    || hits.size() < pageSize) {
                return true;
            }
            after = hits.getLast().sort();
        }
        return false;
    }

    /** Runs a search on this index (the request names it) and reads its hits as {@code type}. */
    public <T> SearchResponse<T> search(SearchRequest request, Class<T> type) throws IOException {
        return client.search(request, type);
    }

    /**
     * Runs a search given as JSON bytes on the named indices and returns the answer's body unread, for a reader that
     * streams it: the typed client's JSON-P (de)serialisation cost more CPU than the rest of a search
     * (docs/BENCHMARKS.md). Sent as the typed client sends it ({@code typed_keys}, so aggregations name their type).
     *
     * @throws ElasticsearchException when Elasticsearch answers with an error, as the typed client would throw it
     */
    public InputStream searchBody(List<String> indices, byte[] json) throws IOException {
        Request request = new Request("POST", indices.isEmpty() ? "/_search" : "/" + String.join(",", indices)
                + "/_search");
        request.addParameter("typed_keys", "true");
        request.setEntity(new ByteArrayEntity(json, ContentType.APPLICATION_JSON));
        Response response;
        try {
            response = rest.performRequest(request);
        } catch (ResponseException e) {
            response = e.getResponse();
        }
        // The low-level client returns answers below 500 as they are, refusals (4xx) included.
        if (response.getStatusCode() >= 300) {
            throw refusal(response);
        }
        return response.getEntity().getContent();
    }

    /** {@link #searchBody(List, byte[])} for a request built with the typed client's builders. */
    public InputStream searchBody(SearchRequest search) throws IOException {
        return searchBody(search.index(), JsonpUtils.toJsonString(search, client._jsonpMapper())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The error Elasticsearch answered with, as the typed client reads it. */
    private ElasticsearchException refusal(Response response) throws IOException {
        JsonpMapper mapper = client._jsonpMapper();
        ErrorResponse error;
        try (JsonParser parser = mapper.jsonProvider().createParser(response.getEntity().getContent())) {
            error = ErrorResponse._DESERIALIZER.deserialize(parser, mapper);
        } catch (IOException | RuntimeException unreadable) {
            // Not an error document (e.g. a proxy's page): the search engine cannot be reached as such.
            throw new ResponseException(response);
        }
        return new ElasticsearchException("search", error);
    }

    /**
     * Writes each article unless {@code target} holds a newer version of it ({@code external_gte} on its version)
     * in one {@code _bulk} request, and says, per article in the same order, how Elasticsearch took it.
     */
    public List<BulkOutcome> write(String target, List<IndexedArticle> articles, List<Long> versions)
            throws IOException {
        List<BulkOperation> operations = new ArrayList<>(articles.size());
        for (int n = 0; n < articles.size(); n++) {
            IndexedArticle article = articles.get(n);
            long version = versions.get(n);
            operations.add(BulkOperation.of(op -> op.index(i -> i.index(target).id(article.id()).version(version)
                    .versionType(VersionType.ExternalGte).document(article))));
        }
        // Through the alias, the alias must exist: else Elasticsearch would make a plain index of that name, with
        // guessed mappings, the first time a write came after the index was lost.
        boolean throughAlias = target.equals(alias());
        BulkResponse response = client.bulk(b -> b.operations(operations).requireAlias(throughAlias));
        List<BulkOutcome> outcomes = response.items().stream().map(ArticleIndex::outcome).toList();
        if (throughAlias && response.items().stream()
                .anyMatch(item -> item.error() != null && BulkOutcome.INDEX_GONE.equals(item.error().type()))) {
            log.warn("Index {} is gone (Elasticsearch lost its data, or it was deleted); making it again", target);
            ready = false;
        }
        return outcomes;
    }

    static BulkOutcome outcome(BulkResponseItem item) {
        if (item.error() == null) {
            return BulkOutcome.stored();
        }
        return BulkOutcome.of(item.status(), item.error().type(), item.error().reason());
    }

    /** Opens a point in time on the index (or on the given index version) for paging that agrees with itself. */
    public String openPointInTime(String index, String keepAlive) throws IOException {
        return client.openPointInTime(o -> o.index(index).keepAlive(t -> t.time(keepAlive))).id();
    }

    /** Frees a point in time before its keep-alive runs out. */
    public void closePointInTime(String pit) throws IOException {
        client.closePointInTime(c -> c.id(pit));
    }

    /** How many live articles match the query. */
    public long count(Query query) throws IOException {
        ensureExists();
        return client.count(c -> c.index(alias()).query(query)).count();
    }

    /** How many documents an index version holds, deleted articles' documents included. */
    long count(String index) throws IOException {
        return client.count(c -> c.index(index)).count();
    }

    /** What one round of {@link #deleteMarkersBefore} found and how many of those it deleted. */
    record MarkersDeleted(int found, int deleted) {
    }

    /**
     * Deletes up to {@code max} deleted articles' documents (deletion markers) written before {@code cutoff} from the
     * index version the alias points to: a search, then a {@code _bulk} of deletes, each conditional on the marker's
     * {@code seq_no}, so that a marker replaced meanwhile by a newer version of its article stays replaced (the
     * delete is then {@link BulkOutcome.Kind#SUPERSEDED}). The bulk waits for the refresh that hides the deleted
     * markers from the next round's search. Elasticsearch's {@code _delete_by_query} would do the same, but lives in
     * the reindex module, which not every distribution has.
     *
     * @throws IOException when Elasticsearch cannot delete a marker for any other reason
     */
    MarkersDeleted deleteMarkersBefore(Instant cutoff, int max) throws IOException {
        String live = current();
        String cutoffMillis = Long.toString(cutoff.toEpochMilli());
        List<Hit<Void>> markers = client.search(s -> s.index(live).size(max).source(f -> f.fetch(false))
                .seqNoPrimaryTerm(true).sort(o -> o.doc(d -> d))
                .query(q -> q.range(r -> r.date(t -> t.field(DELETED_AT).lt(cutoffMillis).format("epoch_millis")))),
                Void.class).hits().hits();
        if (markers.isEmpty()) {
            return new MarkersDeleted(0, 0);
        }
        BulkResponse response = client.bulk(b -> {
            markers.forEach(marker -> b.operations(o -> o.delete(d -> d.index(live).id(marker.id())
                    .ifSeqNo(marker.seqNo()).ifPrimaryTerm(marker.primaryTerm()))));
            return b.refresh(Refresh.WaitFor);
        });
        int deleted = 0;
        for (BulkResponseItem item : response.items()) {
            BulkOutcome outcome = outcome(item);
            switch (outcome.kind()) {
                case STORED -> deleted++;
                case SUPERSEDED -> { }
                case RETRY, REJECTED -> throw new IOException("Elasticsearch did not delete the deletion marker of "
                        + item.id() + " (" + outcome.status() + " " + outcome.reason() + ")");
            }
        }
        return new MarkersDeleted(markers.size(), deleted);
    }

    /**
     * Merges a version a job has just filled into as few segments as Elasticsearch's merge policy would still merge
     * later ({@link #segmentsAfterCompaction}), waiting until the merge is done. A job leaves a dozen segments of
     * about the same size, which the policy never merges on its own; every search then pays per segment (on 100,000
     * articles, 12 segments cost Elasticsearch ~22% more CPU per search than one; the merge took ~5 CPU-s,
     * docs/BENCHMARKS.md). The version is searchable and written to throughout. A merge Elasticsearch refuses, or
     * one this instance loses sight of (Elasticsearch unreachable while it is followed), is logged, not thrown.
     */
    void compact(String index) throws InterruptedException {
        String refused;
        try {
            long bytes = client.indices().stats(s -> s.index(index).metric("store")).indices().get(index)
                    .primaries().store().sizeInBytes();
            long segments = segmentsAfterCompaction(bytes);
            String task = client.indices().forcemerge(f -> f.index(index).maxNumSegments(segments)
                    .waitForCompletion(false)).task();
            log.info("Merging {} ({} MB) into {} segment(s), task {}", index, bytes >> 20, segments, task);
            GetTasksResponse merge = client.tasks().get(t -> t.taskId(task));
            while (!merge.completed()) {
                Thread.sleep(COMPACTION_POLL_MILLIS);
                merge = client.tasks().get(t -> t.taskId(task));
            }
            if (merge.error() == null) {
                return;
            }
            refused = merge.error().reason();
        } catch (ElasticsearchException | IOException e) {
            refused = e.getMessage();
        }
        // The job's work is done and searchable: a merge that did not happen only costs searches, so it does not fail
        // the job (whose failure would tell the user to run it again, or to move the alias back).
        log.warn("Could not merge {} ({}); searches cost more until Elasticsearch's merge policy does", index,
                refused);
    }

    /**
     * One segment per 5 GB ({@link #MAX_MERGED_SEGMENT_BYTES}), at least one: a larger segment would be beyond what
     * the merge policy merges, so the deletions it gathers would only leave it once it is mostly deletions.
     */
    static long segmentsAfterCompaction(long bytes) {
        return Math.max(1, (bytes + MAX_MERGED_SEGMENT_BYTES - 1) / MAX_MERGED_SEGMENT_BYTES);
    }

    /** Makes everything written to an index version searchable now. */
    void refresh(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
    }

    /** Deletes an index version unless it is gone already. */
    void delete(String index) throws IOException {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
    }

    /** A lease as stored, with what a conditional write of it must name ({@code if_seq_no}, {@code if_primary_term}). */
    record StoredLease(JobLease lease, long seqNo, long primaryTerm) {
    }

    /** The index holding the alias's job lease ({@link JobLease}): one small document, next to the versions. */
    String jobsIndex() {
        return settings.indexAlias() + "-jobs";
    }

    /** Creates the jobs index unless it exists: one shard, and a replica wherever a second node can hold it. */
    void ensureJobsIndex() throws IOException {
        if (client.indices().exists(e -> e.index(jobsIndex())).value()) {
            return;
        }
        try {
            client.indices().create(c -> c.index(jobsIndex())
                    .settings(s -> s.numberOfShards("1").autoExpandReplicas("0-1")));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /** The lease, or empty when no job holds one. */
    Optional<StoredLease> readLease() throws IOException {
        try {
            GetResponse<JobLease> found = client.get(g -> g.index(jobsIndex()).id(LEASE_ID), JobLease.class);
            return found.found() && found.source() != null
                    ? Optional.of(new StoredLease(found.source(), found.seqNo(), found.primaryTerm()))
                    : Optional.empty();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Writes the lease unless one exists; empty when one does. */
    Optional<StoredLease> createLease(JobLease lease) throws IOException {
        try {
            var created = client.create(c -> c.index(jobsIndex()).id(LEASE_ID).document(lease));
            return Optional.of(new StoredLease(lease, created.seqNo(), created.primaryTerm()));
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Replaces the lease if it is still the one read as {@code current}; empty when someone wrote it meanwhile. */
    Optional<StoredLease> replaceLease(StoredLease current, JobLease lease) throws IOException {
        try {
            var written = client.index(i -> i.index(jobsIndex()).id(LEASE_ID).document(lease)
                    .ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm()));
            return Optional.of(new StoredLease(lease, written.seqNo(), written.primaryTerm()));
        } catch (ElasticsearchException e) {
            if (e.status() == 409 || e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Deletes the lease if it is still the one held; a lease someone else holds by now stays. */
    void deleteLease(StoredLease held) throws IOException {
        try {
            client.delete(d -> d.index(jobsIndex()).id(LEASE_ID).ifSeqNo(held.seqNo())
                    .ifPrimaryTerm(held.primaryTerm()));
        } catch (ElasticsearchException e) {
            if (e.status() != 409 && e.status() != 404) {
                throw e;
            }
        }
    }

    /** The index's settings and mappings from the classpath, with the configured refresh interval, shards and replicas. */
    ObjectNode definition() {
        ObjectNode definition = json.createObjectNode();
        ObjectNode indexSettings = (ObjectNode) read("elasticsearch/articles-settings.json");
        ObjectNode index = indexSettings.withObjectProperty("index");
        index.put("refresh_interval", settings.refreshInterval().toMillis() + "ms");
        index.put("number_of_shards", settings.indexShards());
        if (settings.autoExpandReplicas()) {
            index.put("auto_expand_replicas", settings.indexReplicas());
        } else {
            index.put("number_of_replicas", Integer.parseInt(settings.indexReplicas()));
        }
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
