package org.archivist.ingest.web;

import java.util.Collection;
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
        return details(articles.size(), articles.stream().map(Article::source).distinct().sorted().toList(),
                articles.stream().map(Article::id).toList());
    }

    /** The same for articles known by their ids only (a WARC import keeps no more of them). */
    static Map<String, Object> details(int count, List<String> sources, Collection<String> ids) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("count", count);
        details.put("sources", sources);
        details.put("ids", ids.stream().limit(MAX_IDS).toList());
        return details;
    }
}
