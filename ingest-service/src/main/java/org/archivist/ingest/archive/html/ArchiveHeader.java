package org.archivist.ingest.archive.html;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The header of an archive page: whether the page presents itself as a list of posts, and the category,
 * tag or topic it names ("Category Archives: Energy", "Archive | Energy", "Рубрика: Наука").
 */
final class ArchiveHeader {

    private static final Pattern ARCHIVE_PREFIX = Pattern.compile("(?iu)^(?:(?:category|tag|topic|author|monthly"
            + "|yearly|daily)\\s+)?(?:archives?|archive for)(?:\\s+for)?\\s*[:|–—-]\\s*(.+)$");
    private static final Pattern LABEL_PREFIX = Pattern.compile(
            "(?iu)^(?:category|tag|topic|posts tagged|рубрика|метка|тег|архив рубрики|архивы)\\s*:?\\s+(.+)$");

    private ArchiveHeader() {
    }

    /** True when the page presents itself as a list of posts (an archive header, or body classes). */
    static boolean looksLikeArchive(Document document) {
        if (archiveCategory(document) != null) {
            return true;
        }
        Element body = document.body();
        return body != null && (body.hasClass("archive") || body.hasClass("category") || body.hasClass("tag")
                || body.hasClass("blog") || body.hasClass("search-results"));
    }

    static String archiveCategory(Document document) {
        Element header = document.selectFirst(".page-title, .archive-title, .wp-block-query-title, .taxonomy-title,"
                + " .page-header h1, .archive-header h1");
        if (header == null) {
            return null;
        }
        String text = HtmlBodyWalker.normalize(header.text());
        Matcher archive = ARCHIVE_PREFIX.matcher(text);
        if (archive.matches()) {
            text = archive.group(1);
        } else {
            Matcher label = LABEL_PREFIX.matcher(text);
            if (label.matches()) {
                text = label.group(1);
            }
        }
        text = text.replaceAll("^[«“‘\"']+|[»”’\"']+$", "").strip();
        return text.isEmpty() ? null : text;
    }
}
