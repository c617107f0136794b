package org.archivist.ingest.fetch;

import java.util.List;

import org.archivist.contract.Article;

/**
 * One URL a job has still to fetch, and what to do with it.
 *
 * @param nextPagesLeft how many more "next page" links to follow from this page
 * @param feedItem      the feed item that named this page: its metadata fills what the page lacks (null if none)
 * @param excerpt       for a {@link Kind#POST}, the excerpt published instead when the whole post cannot be had; kept
 *                      here so that it survives a restart with the job
 */
public record WorkItem(Kind kind, String url, int nextPagesLeft, FeedItem feedItem, Article excerpt) {

    public enum Kind {
        /** A page: its articles are published. */
        PAGE,
        /** The whole post behind an excerpt of an archive page ({@code fetchFullPosts}). */
        POST,
        /** An RSS or Atom feed: its items become pages. */
        FEED,
        /** A sitemap or sitemap index: its entries become pages or sitemaps. */
        SITEMAP
    }

    public WorkItem(Kind kind, String url, int nextPagesLeft, FeedItem feedItem) {
        this(kind, url, nextPagesLeft, feedItem, null);
    }

    static WorkItem page(String url, int nextPagesLeft) {
        return new WorkItem(Kind.PAGE, url, nextPagesLeft, null);
    }

    static List<WorkItem> initial(FetchRequest request) {
        if (request.feed() != null) {
            return List.of(new WorkItem(Kind.FEED, request.feed(), 0, null));
        }
        if (request.sitemap() != null) {
            return List.of(new WorkItem(Kind.SITEMAP, request.sitemap(), 0, null));
        }
        return request.urls().stream().distinct().map(url -> page(url, request.followNextPages())).toList();
    }
}
