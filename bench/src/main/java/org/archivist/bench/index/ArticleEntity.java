package org.archivist.bench.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.archivist.contract.Category;
import org.archivist.contract.EnrichedArticle;
import org.archivist.contract.Footnote;
import org.archivist.contract.Place;
import org.archivist.contract.UnmatchedMarker;
import org.archivist.query.index.IndexedArticle;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.annotations.ValueConverter;
import org.springframework.data.elasticsearch.annotations.WriteOnlyProperty;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.mapping.PropertyValueConverter;

/**
 * The Spring Data Elasticsearch candidate: the same fields as {@link IndexedArticle}, mapped by Spring Data's own
 * converter. What query-service's index needs of it, and how it is said:
 * <ul>
 * <li>the index and its mapping stay query-service's ({@code createIndex = false});</li>
 * <li>no {@code _class} field, which the strict mapping would refuse ({@code writeTypeHint = FALSE});</li>
 * <li>versioned by {@code ingestedAt}, {@code external_gte}: a {@link Version} property that is not stored in
 * {@code _source};</li>
 * <li>the index-only keys are written, and not expected back ({@link WriteOnlyProperty});</li>
 * <li>instants as the JSON contract writes them ({@link Instant#toString()}): Spring Data's date formats have a
 * fixed number of fraction digits and cannot read what Jackson wrote ({@code 2024-04-02T08:15:00Z}), so they go
 * through a {@link ValueConverter}.</li>
 * </ul>
 */
@Document(indexName = "articles", createIndex = false, writeTypeHint = WriteTypeHint.FALSE,
        versionType = Document.VersionType.EXTERNAL_GTE, storeVersionInSource = false)
public record ArticleEntity(
        int schemaVersion,
        @Id String id,
        String source,
        String url,
        String title,
        List<String> authors,
        @Field(type = FieldType.Date, format = DateFormat.date) LocalDate publishedAt,
        List<String> sourceCategories,
        List<String> tags,
        List<String> paragraphs,
        List<Footnote> footnotes,
        List<String> media,
        Long viewCount,
        String archiveCategory,
        String contentHash,
        @ValueConverter(IsoInstant.class) Instant ingestedAt,
        String language,
        Boolean excerpt,
        @ValueConverter(IsoInstant.class) Instant capturedAt,
        List<Category> categories,
        List<Place> places,
        List<IndexedArticle.Link> footnoteLinks,
        List<UnmatchedMarker> unmatchedMarkers,
        List<Integer> uncitedFootnotes,
        @ValueConverter(IsoInstant.class) Instant enrichedAt,
        String enrichmentVersion,
        @ValueConverter(IsoInstant.class) Instant indexedAt,
        @WriteOnlyProperty List<String> citationTargets,
        @Version Long version) {

    /** The article as an entity, with the index-only keys of {@code indexed}, the same article as a record. */
    static ArticleEntity of(EnrichedArticle a, Instant indexedAt, IndexedArticle indexed) {
        return new ArticleEntity(a.schemaVersion(), a.id(), a.source(), a.url(), a.title(), a.authors(),
                a.publishedAt(), a.sourceCategories(), a.tags(), a.paragraphs(), a.footnotes(), a.media(),
                a.viewCount(), a.archiveCategory(), a.contentHash(), a.ingestedAt(), a.language(), a.excerpt(),
                a.capturedAt(), a.categories(), a.places(), indexed.footnoteLinks(), a.unmatchedMarkers(), a.uncitedFootnotes(),
                a.enrichedAt(), a.enrichmentVersion(), indexedAt, indexed.citationTargets(),
                a.ingestedAt().toEpochMilli());
    }

    /** {@link Instant} to and from ISO-8601 as {@link Instant#toString()} and {@link Instant#parse} do. */
    public enum IsoInstant implements PropertyValueConverter {
        INSTANCE;

        @Override
        public Object write(Object value) {
            return value.toString();
        }

        @Override
        public Object read(Object value) {
            return Instant.parse((String) value);
        }
    }
}
