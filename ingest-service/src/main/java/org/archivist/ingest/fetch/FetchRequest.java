package org.archivist.ingest.fetch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.archivist.ingest.article.FieldProblem;

/**
 * What a fetch job is asked to do: fetch a list of {@code urls}, a {@code feed}'s items or a {@code sitemap}'s pages
 * (exactly one of the three), storing the articles under {@code source}.
 *
 * @param since           only pages modified (sitemap {@code lastmod}) or published on or after this day
 * @param followNextPages how many "next page" links of an archive page to follow, page after page (0: none)
 * @param fetchFullPosts  whether an archive page's excerpts are replaced by their whole posts, fetched from their
 *                        permalinks
 */
public record FetchRequest(@Schema(maxLength = 200) String source,
        @ArraySchema(arraySchema = @Schema(description = "Absolute http or https URLs, at most "
                + "archivist.fetch.max-urls-per-job (10000 unless set)"), schema = @Schema(format = "uri"))
        List<String> urls,
        @Schema(format = "uri") String feed, @Schema(format = "uri") String sitemap, LocalDate since,
        @Schema(minimum = "0", maximum = "" + MAX_NEXT_PAGES, defaultValue = "0") Integer followNextPages,
        @Schema(defaultValue = "false") Boolean fetchFullPosts) {

    /** The most next pages one job may follow from each page it starts from. */
    public static final int MAX_NEXT_PAGES = 1_000;

    public FetchRequest {
        urls = urls == null ? List.of() : urls.stream().map(url -> url == null ? "" : url.strip()).toList();
        feed = blankToNull(feed);
        sitemap = blankToNull(sitemap);
        source = blankToNull(source);
        followNextPages = followNextPages == null ? 0 : followNextPages;
        fetchFullPosts = Boolean.TRUE.equals(fetchFullPosts);
    }

    /** What is wrong with the request, field by field; empty when it can run. */
    public List<FieldProblem> problems(int maxUrls) {
        List<FieldProblem> problems = new ArrayList<>();
        int given = (urls.isEmpty() ? 0 : 1) + (feed == null ? 0 : 1) + (sitemap == null ? 0 : 1);
        if (given != 1) {
            problems.add(new FieldProblem("urls", "give exactly one of urls, feed and sitemap"));
        }
        if (urls.size() > maxUrls) {
            problems.add(new FieldProblem("urls", "at most " + maxUrls + " URLs per job (archivist.fetch.max-urls-per-job), "
                    + "got " + urls.size()));
        }
        for (int i = 0; i < urls.size(); i++) {
            if (!FetchableUrl.is(urls.get(i))) {
                problems.add(new FieldProblem("urls[" + i + "]", "must be an absolute http or https URL"));
            }
        }
        if (feed != null && !FetchableUrl.is(feed)) {
            problems.add(new FieldProblem("feed", "must be an absolute http or https URL"));
        }
        if (sitemap != null && !FetchableUrl.is(sitemap)) {
            problems.add(new FieldProblem("sitemap", "must be an absolute http or https URL"));
        }
        if (followNextPages < 0 || followNextPages > MAX_NEXT_PAGES) {
            problems.add(new FieldProblem("followNextPages", "must be between 0 and " + MAX_NEXT_PAGES));
        }
        if (source != null && source.length() > 200) {
            problems.add(new FieldProblem("source", "must be at most 200 characters"));
        }
        return problems;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
