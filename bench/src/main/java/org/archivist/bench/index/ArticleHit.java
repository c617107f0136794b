package org.archivist.bench.index;

import java.time.LocalDate;
import java.util.List;

import org.archivist.contract.Category;
import org.archivist.contract.Place;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

/**
 * A search hit's {@code _source}: the fields a search result shows, read as a typed record by the Elasticsearch
 * client and by Spring Data (which needs the date's format said on the field).
 */
public record ArticleHit(String id, String title, String source, String url,
        @Field(type = FieldType.Date, format = DateFormat.date) LocalDate publishedAt, List<String> authors,
        List<Category> categories, List<Place> places, Boolean excerpt) {
}
