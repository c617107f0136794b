package org.archivist.ingest.fetch;

import java.time.Instant;
import java.util.List;

/**
 * One item of an RSS or Atom feed, as {@link FeedReader} gives it.
 *
 * @param link       the item's page: an absolute http or https address
 * @param title      stripped of surrounding whitespace; null when the item has none
 * @param authors    names, without blanks or repeats; empty when the feed names none
 * @param published  when the item was published, else when it was last updated; null when the feed says neither
 * @param categories category terms and subjects in feed order, without blanks or repeats
 */
public record FeedItem(String link, String title, List<String> authors, Instant published, List<String> categories) {

    public FeedItem {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
    }
}
