package org.archivist.ingest.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.archivist.contract.Article;

/** What the audit log keeps of a publish: how many articles, their sources, and the ids of the first hundred. */
final class PublishAudit {

    static final int MAX_IDS = 100;

    private PublishAudit() {
    }

    static Map<String, Object> details(List<Article> articles) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("count", articles.size());
        details.put("sources", articles.stream().map(Article::source).distinct().sorted().toList());
        details.put("ids", articles.stream().limit(MAX_IDS).map(Article::id).toList());
        return details;
    }
}
