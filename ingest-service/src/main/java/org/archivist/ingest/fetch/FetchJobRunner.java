package org.archivist.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.archivist.contract.Article;
import org.archivist.ingest.archive.ArchivePageParser;
import org.archivist.ingest.archive.PageDecoder;
import org.archivist.ingest.archive.PageDecodingException;
import org.archivist.ingest.archive.ParsedPage;
import org.archivist.ingest.article.AbsoluteUrl;
import org.archivist.ingest.article.ArticleDraft;
import org.archivist.ingest.article.ArticleFactory;
import org.archivist.ingest.fetch.FetchJob.ArticleRef;
import org.archivist.ingest.fetch.FetchJob.Counts;
import org.archivist.ingest.fetch.FetchJob.State;
import org.archivist.ingest.fetch.FetchJob.UrlOutcome;
import org.archivist.ingest.fetch.HttpFetcher.Response;
import org.archivist.ingest.fetch.HttpFetcher.Validators;
import org.archivist.ingest.fetch.WorkItem.Kind;
import org.archivist.ingest.publish.ArticlePublisher;
import org.archivist.ingest.publish.PublishFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one fetch job to its end, a URL at a time: feeds and sitemaps turn into pages, pages go through the same
 * parser as posted pages (so archive pages are split) and their articles are published a page per transaction.
 * The job's state is saved as it goes, at most once a second and at every change of state, so a restart resumes
 * from the last save; redoing a page is harmless (same ids, newer versions).
 */
public final class FetchJobRunner {

    private static final Logger log = LoggerFactory.getLogger(FetchJobRunner.class);

    /** Fetches one URL politely ({@link PoliteFetcher#fetch}). */
    public interface Fetch {

        /** @throws RobotsDisallowedException (a {@link FetchFailedException}) when robots.txt keeps the URL out */
        Response fetch(String url, Validators conditional, Predicate<String> acceptedType)
                throws FetchFailedException, InterruptedException;
    }

    /** Keeps job states ({@code fetch.jobs}). */
    public interface Journal {

        void save(FetchJob job);
    }

    /** The ETag and Last-Modified of pages fetched before, for conditional GETs. */
    public interface PageValidators {

        Validators get(String url);

        void put(String url, Validators validators);
    }

    static final Predicate<String> PAGE_TYPES = type -> type == null || type.equals("text/html")
            || type.equals("application/xhtml+xml") || type.equals("text/plain");
    static final Predicate<String> FEED_TYPES = type -> type == null || type.endsWith("xml")
            || type.equals("text/plain") || type.equals("application/octet-stream");
    static final Predicate<String> SITEMAP_TYPES = type -> FEED_TYPES.test(type) || type.contains("gzip");
    private static final Duration SAVE_EVERY = Duration.ofSeconds(1);

    private final Fetch fetch;
    private final Journal journal;
    private final PageValidators validators;
    private final ArticlePublisher publisher;
    private final ArticleFactory factory;
    private final Clock clock;
    private final int maxUrls;
    private final ArchivePageParser parser = new ArchivePageParser();
    private final PageDecoder decoder = new PageDecoder();
    private final FeedReader feeds = new FeedReader();
    private final SitemapReader sitemaps = new SitemapReader();

    public FetchJobRunner(Fetch fetch, Journal journal, PageValidators validators, ArticlePublisher publisher,
            ArticleFactory factory, Clock clock, int maxUrls) {
        this.fetch = fetch;
        this.journal = journal;
        this.validators = validators;
        this.publisher = publisher;
        this.factory = factory;
        this.clock = clock;
        this.maxUrls = maxUrls;
    }

    /**
     * Runs {@code job} (queued, or running when resumed after a restart) until its work is done; returns its last
     * state. Interrupted (the service stopping), it returns with the job still running, as the journal last saved it.
     */
    public FetchJob run(FetchJob job) throws InterruptedException {
        Run run = new Run(job);
        run.save(true);
        try {
            while (!run.work.isEmpty()) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                WorkItem item = run.work.peekFirst();
                try {
                    run.process(item);
                } catch (PublishFailedException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // One page that trips the parser must not end the job: the URL fails, saying why.
                    log.warn("Fetch job {}: {} failed with an error", job.id(), item.url(), e);
                    run.failOutright(item.url(), 0, "an error while reading it: " + e);
                }
                run.work.pollFirst();
                run.done++;
                run.save(false);
            }
        } catch (PublishFailedException e) {
            FetchJob failed = run.snapshot(State.FAILED, "Kafka did not take the articles of " + run.work.peekFirst().url()
                    + ": " + e.getMessage() + ". The URLs not done are listed in pending; post them again.");
            journal.save(failed);
            return failed;
        }
        FetchJob done = run.snapshot(State.DONE, null);
        journal.save(done);
        return done;
    }

    /** The working state of one job. */
    private final class Run {

        private final FetchJob job;
        private final FetchRequest request;
        private final Deque<WorkItem> work;
        private final Set<String> known = new HashSet<>();
        private final Map<String, ArticleRef> articles = new LinkedHashMap<>();
        /** Articles published whole; a teaser of one of them found later must not replace it. */
        private final Set<String> whole = new HashSet<>();
        private final List<UrlOutcome> skipped;
        private final List<UrlOutcome> failed;
        private int skippedCount;
        private int failedCount;
        /** URLs fetched or given up, and URLs left out before fetching (too old, over the limit). */
        private int done;
        /** URLs taken on to be fetched, which the job's limit bounds. */
        private int admitted;
        private Instant lastSave = Instant.EPOCH;

        Run(FetchJob job) {
            this.job = job;
            this.request = job.request();
            this.work = new ArrayDeque<>(job.pending());
            this.skipped = new ArrayList<>(job.skipped());
            this.failed = new ArrayList<>(job.failed());
            this.skippedCount = job.counts().skipped();
            this.failedCount = job.counts().failed();
            this.done = job.counts().done();
            this.admitted = job.admitted();
            job.articles().forEach(ref -> articles.put(ref.id(), ref));
            job.articles().stream().filter(ref -> !ref.excerpt()).forEach(ref -> whole.add(ref.id()));
            work.forEach(item -> known.add(item.url()));
            job.articles().forEach(ref -> known.add(ref.url()));
            job.skipped().forEach(outcome -> known.add(outcome.url()));
            job.failed().forEach(outcome -> known.add(outcome.url()));
        }

        void process(WorkItem item) throws InterruptedException {
            Response response;
            Validators conditional = item.kind() == Kind.PAGE || item.kind() == Kind.POST
                    ? validators.get(item.url()) : Validators.NONE;
            try {
                response = fetch.fetch(item.url(), conditional == null ? Validators.NONE : conditional,
                        switch (item.kind()) {
                            case PAGE, POST -> PAGE_TYPES;
                            case FEED -> FEED_TYPES;
                            case SITEMAP -> SITEMAP_TYPES;
                        });
            } catch (RobotsDisallowedException e) {
                skip(item.url(), 0, e.getMessage());
                excerptInstead(item);
                return;
            } catch (FetchFailedException e) {
                fail(item.url(), e.status(), e.getMessage(), item);
                return;
            }
            if (response.status() == 304) {
                skip(item.url(), 304, "not modified since it was last fetched");
                return;
            }
            if (response.status() != 200) {
                fail(item.url(), response.status(), "answered " + response.status(), item);
                return;
            }
            switch (item.kind()) {
                case FEED -> feed(item, response);
                case SITEMAP -> sitemap(item, response);
                case PAGE, POST -> page(item, response);
            }
        }

        private void feed(WorkItem item, Response response) {
            List<FeedItem> items;
            try {
                items = feeds.read(response.body(), response.url());
            } catch (FeedReadException e) {
                failOutright(item.url(), 200, e.getMessage());
                return;
            }
            for (FeedItem entry : items) {
                if (publishedBefore(entry.published())) {
                    leaveOut(entry.link(), "published before " + request.since());
                    continue;
                }
                add(new WorkItem(Kind.PAGE, entry.link(), request.followNextPages(), entry));
            }
        }

        private void sitemap(WorkItem item, Response response) {
            Sitemap map;
            try {
                map = sitemaps.read(response.body(), response.mimeType(), response.url());
            } catch (SitemapReadException e) {
                failOutright(item.url(), 200, e.getMessage());
                return;
            }
            boolean index = map instanceof Sitemap.Index;
            List<SitemapEntry> entries = switch (map) {
                case Sitemap.Index children -> children.sitemaps();
                case Sitemap.Urls pages -> pages.entries();
            };
            for (SitemapEntry entry : entries) {
                if (!SitemapReader.changedSince(entry, request.since())) {
                    leaveOut(entry.url(), "not modified since " + request.since());
                    continue;
                }
                add(index ? new WorkItem(Kind.SITEMAP, entry.url(), 0, null)
                        : WorkItem.page(entry.url(), request.followNextPages()));
            }
        }

        private void page(WorkItem item, Response response) {
            Instant fetchedAt = clock.instant();
            ArchivePageParser.Format format = "text/plain".equals(response.mimeType())
                    ? ArchivePageParser.Format.TEXT : ArchivePageParser.Format.HTML;
            ParsedPage parsed;
            try {
                parsed = parser.parse(decoder.decodeFetched(response.body(), response.charset(), format), format);
            } catch (PageDecodingException e) {
                failOutright(item.url(), 200, "not readable text: " + e.getMessage());
                excerptInstead(item);
                return;
            }
            if (parsed.articles().isEmpty()) {
                skip(item.url(), 200, "no article found in the page");
                excerptInstead(item);
                return;
            }
            String pageUrl = response.url();
            // A feed item describes one page's one article: on a listing it would describe none of its posts.
            boolean describedByFeed = item.feedItem() != null && parsed.articles().size() == 1;
            List<Article> found = new ArrayList<>();
            for (ArticleDraft draft : parsed.drafts(pageUrl, request.source())) {
                Article article = factory.create(describedByFeed ? FeedMetadata.fillGaps(draft, item.feedItem())
                        : draft, fetchedAt);
                if (article.publishedAt() != null && publishedBefore(article.publishedAt())) {
                    skip(article.url() != null ? article.url() : pageUrl, 200, "published before " + request.since());
                    continue;
                }
                if (article.excerpt()) {
                    if (whole.contains(article.id())) {
                        skip(article.url(), 200, "an excerpt of a post this job stored whole");
                        continue;
                    }
                    if (request.fetchFullPosts() && article.url() != null && !article.url().equals(pageUrl)
                            && !known.contains(article.url())) {
                        if (!add(new WorkItem(Kind.POST, article.url(), 0, null, article))) {
                            // Over the job's limit: the excerpt is better than nothing.
                            found.add(article);
                        }
                        continue;
                    }
                }
                found.add(article);
            }
            publish(found, pageUrl);
            if (response.validators().any()) {
                validators.put(item.url(), response.validators());
            }
            if (parsed.nextPage() != null && item.nextPagesLeft() > 0) {
                String next = AbsoluteUrl.resolve(pageUrl, parsed.nextPage());
                add(WorkItem.page(next, item.nextPagesLeft() - 1));
            }
        }

        /** A whole post that could not be had: its excerpt is stored rather than nothing. */
        private void excerptInstead(WorkItem item) {
            if (item.kind() != Kind.POST) {
                return;
            }
            Article excerpt = item.excerpt();
            if (excerpt != null && !whole.contains(excerpt.id())) {
                publish(List.of(excerpt), item.url());
            }
        }

        private void publish(List<Article> found, String pageUrl) {
            if (found.isEmpty()) {
                return;
            }
            publisher.publish(found);
            for (Article article : found) {
                articles.put(article.id(), new ArticleRef(article.id(),
                        article.url() != null ? article.url() : pageUrl, article.title(), article.excerpt()));
                if (!article.excerpt()) {
                    whole.add(article.id());
                }
            }
        }

        private boolean publishedBefore(Instant published) {
            return published != null && request.since() != null
                    && published.isBefore(request.since().atStartOfDay(ZoneOffset.UTC).toInstant());
        }

        private boolean publishedBefore(LocalDate published) {
            return request.since() != null && published.isBefore(request.since());
        }

        /** Takes a URL on; false when it is over the job's limit (and skipped) or already known. */
        private boolean add(WorkItem item) {
            if (item.url() == null || !known.add(item.url())) {
                return false;
            }
            if (admitted >= maxUrls) {
                done++;
                skip(item.url(), 0, "over the job's limit of " + maxUrls + " URLs (archivist.fetch.max-urls-per-job)");
                return false;
            }
            admitted++;
            work.addLast(item);
            return true;
        }

        /** A URL a feed or sitemap names but the request's {@code since} rules out: skipped without a fetch. */
        private void leaveOut(String url, String reason) {
            if (url != null && known.add(url)) {
                done++;
                skip(url, 0, reason);
            }
        }

        private void skip(String url, int status, String reason) {
            skippedCount++;
            if (skipped.size() < FetchJob.LISTED) {
                skipped.add(new UrlOutcome(url, status, reason));
            }
        }

        private void fail(String url, int status, String reason, WorkItem item) {
            failOutright(url, status, reason);
            excerptInstead(item);
        }

        private void failOutright(String url, int status, String reason) {
            failedCount++;
            if (failed.size() < FetchJob.LISTED) {
                failed.add(new UrlOutcome(url, status, reason));
            }
        }

        void save(boolean force) {
            Instant now = clock.instant();
            if (force || Duration.between(lastSave, now).compareTo(SAVE_EVERY) >= 0) {
                journal.save(snapshot(State.RUNNING, null));
                lastSave = now;
            }
        }

        FetchJob snapshot(State state, String reason) {
            Instant now = clock.instant();
            return new FetchJob(job.id(), job.owner(), request, state, job.createdAt(), now,
                    state.finished() ? now : null, reason,
                    new Counts(done + work.size(), done, articles.size(), skippedCount, failedCount),
                    List.copyOf(articles.values()), skipped, failed, List.copyOf(work), admitted);
        }
    }
}
