package org.archivist.enrich.footnotes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.archivist.contract.Citation;

/**
 * Parses a footnote's text into a {@link Citation}. A field the text does not clearly give stays null (or, for
 * authors, empty): a wrong author or title in a citation is worse than a missing one.
 *
 * <p>Shapes read: a quoted title ({@code “…”}, {@code "…"}, {@code «…»}, {@code ‘…’}, nested quotes kept)
 * followed by authors, publication and date ({@code “Title”, Author, Publication, October 12, 2020.}); the same
 * with the authors before the title (Chicago notes: {@code Author, “Title,” Publication, date}); APA
 * ({@code Ortiz, D., & Patel, S. (2020). Title. Publication.}); an unterminated quote (title only). A footnote
 * with no quoted title ({@code Author, Title, Publication, 2020}) is ambiguous: only its date and URL are read.
 * Dates after "accessed", "retrieved" or "updated" are not the publication date and are ignored.
 *
 * <p>Stateless and thread-safe; never throws. Texts longer than {@value #MAX_LENGTH} characters are read up to
 * that length (no real footnote is that long, and it bounds the work per call).
 */
public final class CitationParser {

    static final int MAX_LENGTH = 4000;

    private static final Citation EMPTY = new Citation(null, List.of(), null, null, null);

    private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s<>\"“”«»]+");
    private static final Pattern URL_LEAD_IN = Pattern.compile(
            "(?iu)(?:[,.;:]?\\s*(?<!\\p{L})(?:retrieved from|available (?:online )?(?:at|from)|online at|accessed via|url|link"
                    + "|source|via|see|at|режим доступа|url-адрес|ссылка))?\\s*[:<(\\[]?\\s*$");
    private static final Pattern NOTE_NUMBER = Pattern.compile("^(?:\\[\\d{1,3}]|\\d{1,3}[.)]\\s|\\^\\d{1,3}\\s?)\\s*");
    private static final Pattern NOT_PUBLICATION_DATE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:last\\s)?(?:accessed|retrieved|viewed|consulted|visited|updated|modified|archived"
                    + "|дата обращения|обращения|просмотрено|обновлено)(?![\\p{L}])(?:\\son)?[\\s:]*");
    private static final Pattern SEPARATOR = Pattern.compile("[,;()\\[\\]|]|\\s[–—-]\\s"
            + "|(?<=[\\p{Ll}\\p{N}]{2})(?<![\\s,](?:ed|eds|vol|no|nos|pp|ch|art|para|fig|op|cf|al|trans|comp|ibid))\\.\\s");
    private static final Pattern ET_AL = Pattern.compile("(?i),?\\s*et\\s?al\\.?|,?\\s*и др\\.?");
    private static final Pattern AUTHOR_JOIN = Pattern.compile("\\s(?:and|&|и|und|et|y|e)\\s");
    private static final Pattern BY = Pattern.compile("(?i)(?:^|\\s)(\\p{L}+\\s)?by\\s");
    /** Segments that name no author or outlet: locators, formats, genres, weekdays, seasons, bare numbers. */
    private static final Pattern DROPPED = Pattern.compile(
            "(?iu)^(?:(?:pp?\\.|pages?|vol\\.?|volume|no\\.?|nos\\.|nr\\.|issue|iss\\.|ch\\.|chap\\.|chapter|sec\\.|section"
                    + "|art\\.|para\\.|§|s\\.|с\\.|т\\.|№|fig\\.)\\s?[\\p{N}ivxlc]"
                    + "|(?:isbn|issn|doi|eds?\\.|\\d+(?:st|nd|rd|th)\\sed\\.?"
                    + "|pdf|html|online|web|print|video|audio|podcast|press release|opinion|editorial|op-ed|analysis"
                    + "|commentary|interview|report|speech|letter|factsheet|working paper|preprint|ibid\\.?|op\\.\\scit"
                    + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated|published|posted"
                    + "|spring|summer|autumn|fall|winter|весна|лето|осень|зима"
                    + "|jr\\.?|sr\\.?|ii|iii|phd)(?:[\\s\\p{N}\\p{P}].*)?$|[\\p{N}\\p{P}\\p{S}\\s]*$)");
    private static final Pattern NOT_AUTHOR_BY = Pattern.compile(
            "(?i)translated|edited|compiled|illustrated|photographed|photos?|produced|hosted|reviewed|directed"
                    + "|narrated|foreword|introduction|preface");
    private static final Pattern APA = Pattern.compile(
            "^(?<authors>[^()]{2,300}?)\\s\\((?<year>\\d{4}[a-z]?)(?:,\\s?(?<monthday>[^()]{1,30}))?\\)\\.\\s"
                    + "(?<title>[^.?!]{2,400}[.?!])\\s?(?<rest>.*)$");
    private static final Pattern APA_AUTHOR = Pattern.compile(
            "(?<last>\\p{Lu}[\\p{L}'’\\-]+(?:\\s\\p{Lu}[\\p{L}'’\\-]+)?),\\s(?<initials>(?:\\p{Lu}\\.\\s?-?){1,3})");
    private static final Pattern INITIAL_LETTER = Pattern.compile("\\p{Lu}\\.(?:-\\p{Lu}\\.)?");
    private static final Pattern INVERTED = Pattern.compile(
            "^(?<last>\\p{Lu}[\\p{L}'’\\-]+),\\s(?<first>\\p{Lu}[\\p{L}'’\\-]+(?:\\s\\p{Lu}\\.)?)\\.?$");
    private static final Pattern SEGMENT_LEAD_WORDS = Pattern.compile("(?i)^(?:see also|see|cf\\.|and|&|also)\\s+");
    private static final Pattern DESCRIPTOR_SUFFIX = Pattern.compile("(?i)\\s(?:website|web site|homepage|site|blog)$");
    private static final Pattern JOURNAL_VOLUME = Pattern.compile(
            "(?i)^(.*\\b(?:journal|review|quarterly|letters|studies|proceedings|annals|transactions|bulletin|notes"
                    + "|affairs|policy|economics|science|research))\\s\\d{1,4}$");
    private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\p{N}_.]{2,}");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[,:;]+$");
    private static final Pattern APA_JOINERS = Pattern.compile("[,&\\s]|and");
    /** Leading punctuation (but not an opening quote or parenthesis), trailing colons, markdown emphasis. */
    private static final Pattern SEGMENT_EDGES = Pattern.compile("^[\\p{P}\\s&&[^“\"«‘(]]+|[\\s:;]+$|^[*_]+|[*_]+$");
    private static final Pattern LEAD_WORDS = Pattern.compile(
            "(?i)^(?:see also|see|cf\\.|source|sources|quoted in|cited in|from|in|and|&|also)[:\\s]\\s*");

    /** Parses one footnote's text (with or without its leading {@code [n]}); never throws, never returns null. */
    public Citation parse(String footnoteText) {
        try {
            return parseStrictly(footnoteText);
        } catch (RuntimeException e) {
            // A parser defect on one odd footnote must not stop the enrichment of a whole article.
            return EMPTY;
        }
    }

    /** {@link #parse} without the safety net, so tests see a parser defect instead of an empty citation. */
    Citation parseStrictly(String footnoteText) {
        return parseText(clean(footnoteText));
    }

    private Citation parseText(String text) {
        if (text.isEmpty()) {
            return EMPTY;
        }
        String url = null;
        // Most footnotes hold no URL: "://" is cheaper to look for than the pattern.
        Matcher u = text.contains("://") ? URL.matcher(text) : null;
        if (u != null && u.find()) {
            url = trimUrl(u.group());
            String before = URL_LEAD_IN.matcher(text.substring(0, u.start())).replaceFirst("");
            text = (before + " " + text.substring(u.start() + url.length())).trim();
            text = URL.matcher(text).replaceAll(" ").trim();
        }
        text = stripLeadWords(text);
        Quote quote = Quote.find(text);
        if (quote == null) {
            Citation apa = apa(text, url);
            return apa != null ? apa : new Citation(null, List.of(), null, publicationDate(text, new ArrayList<>()),
                    url);
        }
        String title = cleanTitle(text.substring(quote.open() + 1, quote.close() < 0 ? text.length() : quote.close()));
        if (quote.close() < 0) {
            return new Citation(title, List.of(), null, null, url);
        }
        List<String> prefixAuthors = prefixAuthors(text.substring(0, quote.open()));
        List<String> rest = new ArrayList<>();
        String date = publicationDate(text.substring(quote.close() + 1), rest);
        return assign(title, prefixAuthors, segments(rest), date, url);
    }

    /** Fields from the segments after the title. */
    private static Citation assign(String title, List<String> prefixAuthors, List<String> segments, String date,
            String url) {
        List<String> authors = new ArrayList<>(prefixAuthors);
        List<String> plain = new ArrayList<>();
        String inPublication = null;
        for (String seg : segments) {
            if (seg.regionMatches(true, 0, "in ", 0, 3) && seg.length() > 3 && Character.isUpperCase(seg.charAt(3))) {
                inPublication = inPublication == null ? seg.substring(3).trim() : inPublication;
                continue;
            }
            if (seg.charAt(0) == '@') {
                authors.add(seg);
                continue;
            }
            Matcher by = containsIgnoringCase(seg, "by") ? BY.matcher(seg) : null;
            if (by != null && by.find() && (by.start() == 0 || Character.isLowerCase(seg.charAt(0)))) {
                if (by.group(1) == null || !NOT_AUTHOR_BY.matcher(by.group(1)).find()) {
                    addIfName(authors, seg.substring(by.end()));
                }
                continue;
            }
            if (Character.isLowerCase(seg.charAt(0)) && !NameShapes.isPublication(seg)) {
                // Free text ("essay in 3 parts", "interview with the minister") names neither author nor outlet.
                continue;
            }
            plain.add(seg);
        }
        String publication = null;
        if (!prefixAuthors.isEmpty()) {
            publication = inPublication != null ? inPublication : plain.isEmpty() ? null : plain.get(0);
        } else if (inPublication != null) {
            publication = inPublication;
            plain.forEach(seg -> addIfName(authors, seg));
        } else if (plain.size() == 1) {
            String seg = plain.get(0);
            if (!authors.isEmpty() && NameShapes.isPerson(seg)) {
                authors.add(seg);
            } else if (!authors.isEmpty()) {
                publication = seg;
            } else if (NameShapes.isOrganisation(seg)
                    && (NameShapes.endsAsOrganisation(seg) || !NameShapes.isPublication(seg))) {
                authors.add(seg);
            } else if (NameShapes.isPublication(seg) || NameShapes.isSingleName(seg)) {
                publication = seg;
            } else if (isPersonList(seg)) {
                authors.addAll(splitAuthors(seg));
            }
        } else if (plain.size() > 1) {
            String last = plain.get(plain.size() - 1);
            boolean allPeople = true;
            for (String seg : plain) {
                allPeople = allPeople && isPersonList(seg);
            }
            boolean lastIsPerson = !NameShapes.isPublication(last)
                    && (NameShapes.isPersonWithInitial(last) || splitAuthors(last).size() > 1);
            if (allPeople && lastIsPerson) {
                plain.forEach(seg -> authors.addAll(splitAuthors(seg)));
            } else {
                publication = last;
                for (String seg : plain.subList(0, plain.size() - 1)) {
                    if (NameShapes.isSingleName(seg)) {
                        // Before the outlet, a lone name ("Bellingcat", "Автор") is a byline, not a second outlet.
                        authors.add(seg);
                    } else {
                        addIfName(authors, seg);
                    }
                }
            }
        }
        return citation(title, authors, publication, date, url);
    }

    private static Citation citation(String title, List<String> authors, String publication, String date,
            String url) {
        // Loops instead of streams here and below: a stream pipeline per segment cost as much as the parsing.
        return new Citation(title, List.copyOf(new LinkedHashSet<>(authors)), publication, date, url);
    }

    private static void addIfName(List<String> authors, String seg) {
        if (NameShapes.isOrganisation(seg) || isPersonList(seg)) {
            authors.addAll(splitAuthors(seg));
        }
    }

    private static boolean isPersonList(String seg) {
        List<String> parts = splitAuthors(seg);
        for (String part : parts) {
            if (!NameShapes.isPerson(part)) {
                return false;
            }
        }
        return true;
    }

    /** Splits "A. Author and B. Author" into names when every part is a person; else keeps the segment whole. */
    private static List<String> splitAuthors(String seg) {
        boolean mayHoldEtAl = containsIgnoringCase(seg, "et") || seg.contains("и др");
        String s = stripTrailingDot(mayHoldEtAl ? ET_AL.matcher(seg).replaceAll("").trim() : seg.trim());
        if (s.isEmpty()) {
            return List.of();
        }
        String[] parts = AUTHOR_JOIN.split(s);
        if (parts.length > 1) {
            List<String> names = new ArrayList<>();
            for (String part : parts) {
                String p = stripTrailingDot(part.trim());
                if (!NameShapes.isPerson(p)) {
                    return List.of(s);
                }
                names.add(p);
            }
            return names;
        }
        return List.of(s);
    }

    /** Authors named before a quoted title ("Dana Ortiz, “Title”" or "Ortiz, Dana. “Title.”"). */
    private static List<String> prefixAuthors(String prefix) {
        String p = stripLeadWords(prefix.trim()).trim();
        p = stripTrailingSeparators(p).trim();
        if (p.isEmpty()) {
            return List.of();
        }
        Matcher inverted = p.indexOf(',') >= 0 ? INVERTED.matcher(p) : null;
        if (inverted != null && inverted.matches()) {
            return List.of(inverted.group("first") + " " + inverted.group("last"));
        }
        List<String> authors = new ArrayList<>();
        for (String seg : segments(List.of(p))) {
            if (!NameShapes.isOrganisation(seg) && !isPersonList(seg)) {
                return List.of();
            }
            authors.addAll(splitAuthors(seg));
        }
        return authors;
    }

    /** APA: {@code Ortiz, D., & Patel, S. (2020, October 12). Title. Publication, 12(3), 4–5.} */
    private static Citation apa(String text, String url) {
        if (text.indexOf('(') < 0) {
            return null; // the year in parentheses is what makes it APA
        }
        Matcher m = APA.matcher(text);
        if (!m.matches()) {
            return null;
        }
        List<String> authors = new ArrayList<>();
        String authorText = ET_AL.matcher(m.group("authors")).replaceAll("");
        Matcher a = APA_AUTHOR.matcher(authorText);
        int covered = 0;
        while (a.find()) {
            authors.add(initials(a.group("initials")) + " " + a.group("last"));
            covered += a.group().length();
        }
        if (authors.isEmpty() || covered < APA_JOINERS.matcher(authorText).replaceAll("").length() / 2) {
            String organisation = stripTrailingDot(authorText.trim());
            if (!NameShapes.isOrganisation(organisation)) {
                return null;
            }
            authors = List.of(organisation);
        }
        String dateText = m.group("monthday") == null ? m.group("year").substring(0, 4)
                : m.group("monthday") + " " + m.group("year").substring(0, 4);
        List<CitationDates.DateMatch> dates = CitationDates.find(dateText);
        String date = dates.isEmpty() ? m.group("year").substring(0, 4) : dates.get(dates.size() - 1).iso();
        String title = cleanTitle(m.group("title"));
        List<String> rest = segments(List.of(m.group("rest")));
        String publication = rest.isEmpty() || Character.isLowerCase(rest.get(0).charAt(0)) ? null : rest.get(0);
        return citation(title, authors, publication, date, url);
    }

    /** "D. M." or "D.M." becomes "D. M."; "J.-P." stays as written. */
    private static String initials(String raw) {
        List<String> letters = new ArrayList<>();
        Matcher m = INITIAL_LETTER.matcher(raw);
        while (m.find()) {
            letters.add(m.group());
        }
        return String.join(" ", letters);
    }

    /**
     * Finds the publication date in {@code text} (the last date not introduced by "accessed", "updated" …) and
     * adds to {@code remainder} the text pieces left once every date is cut out.
     */
    private static String publicationDate(String text, List<String> remainder) {
        List<CitationDates.DateMatch> dates = CitationDates.find(text);
        String chosen = null;
        int from = 0;
        List<int[]> excludedKeywords = new ArrayList<>();
        if (!dates.isEmpty()) {
            // The keywords only matter before a date; with none, the scan is skipped.
            Matcher excluded = NOT_PUBLICATION_DATE.matcher(text);
            while (excluded.find()) {
                excludedKeywords.add(new int[] { excluded.start(), excluded.end() });
            }
        }
        for (CitationDates.DateMatch date : dates) {
            int keywordStart = introducedBy(excludedKeywords, date.start());
            remainder.add(text.substring(from, keywordStart >= 0 ? keywordStart : date.start()));
            if (keywordStart < 0) {
                chosen = date.iso();
            }
            from = date.end();
        }
        remainder.add(text.substring(from));
        return chosen;
    }

    /** Start of the keyword that introduces a date at {@code dateStart} (its end within a few chars), or -1. */
    private static int introducedBy(List<int[]> keywords, int dateStart) {
        for (int[] k : keywords) {
            if (k[1] <= dateStart && dateStart - k[1] <= 3) {
                return k[0];
            }
        }
        return -1;
    }

    /** Splits pieces of text into trimmed, meaningful segments at commas, parentheses, dashes and sentence ends. */
    private static List<String> segments(List<String> pieces) {
        List<String> out = new ArrayList<>();
        for (String piece : pieces) {
            for (String raw : SEPARATOR.split(piece)) {
                // Each pattern below runs only when the segment's first or last character lets it match: most
                // segments are plain names and dates, and these checks halve the parser's time.
                String seg = raw.trim();
                if (startsWithAnyOf(seg, "sScCaA&")) {
                    seg = SEGMENT_LEAD_WORDS.matcher(seg).replaceFirst("").trim();
                }
                if (seg.startsWith("@") && HANDLE.matcher(seg).matches()) {
                    out.add(seg);
                    continue;
                }
                if (!seg.isEmpty() && !(Character.isLetterOrDigit(seg.charAt(0))
                        && Character.isLetterOrDigit(seg.charAt(seg.length() - 1)))) {
                    seg = SEGMENT_EDGES.matcher(seg).replaceAll("");
                }
                seg = stripTrailingDot(seg).trim();
                if (!seg.isEmpty() && !(Character.isLetterOrDigit(seg.charAt(seg.length() - 1))
                        && "eEgG".indexOf(seg.charAt(seg.length() - 1)) < 0)) {
                    seg = DESCRIPTOR_SUFFIX.matcher(seg).replaceFirst("");
                }
                if (endsWithAsciiDigit(seg)) {
                    Matcher volume = JOURNAL_VOLUME.matcher(seg);
                    if (volume.matches()) {
                        seg = volume.group(1);
                    }
                }
                if (!seg.isEmpty() && !DROPPED.matcher(seg).matches()) {
                    out.add(seg);
                }
            }
        }
        return out;
    }

    private static String cleanTitle(String raw) {
        String t = stripTrailingSeparators(raw.trim()).trim();
        if (t.endsWith(".") && !t.endsWith("..")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        return t.isEmpty() ? null : t;
    }

    /** Drops a final period unless it closes an initial ("P.") or an abbreviation ("Inc."). */
    private static String stripTrailingDot(String s) {
        if (!s.endsWith(".") || s.endsWith("..")) {
            return s;
        }
        int space = s.lastIndexOf(' ');
        String lastWord = s.substring(space + 1, s.length() - 1);
        boolean initial = lastWord.length() == 1 && Character.isUpperCase(lastWord.charAt(0));
        boolean abbreviation = lastWord.equals("Inc") || lastWord.equals("Ltd") || lastWord.equals("Co")
                || lastWord.equals("Jr") || lastWord.equals("Sr");
        return initial || abbreviation ? s : s.substring(0, s.length() - 1);
    }

    /** Removes trailing punctuation from a URL; a closing parenthesis stays when the URL opened one. */
    static String trimUrl(String url) {
        int end = url.length();
        while (end > 0) {
            char c = url.charAt(end - 1);
            if (".,;:!?'\"”’»]}>*".indexOf(c) >= 0) {
                end--;
            } else if (c == ')' && count(url, '(', end) < count(url, ')', end)) {
                end--;
            } else {
                break;
            }
        }
        return url.substring(0, end);
    }

    private static int count(String s, char c, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Null-safe: unifies spaces, drops invisible characters and a leading note number, bounds the length. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        int end = Math.min(text.length(), MAX_LENGTH);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // half an emoji would be read as a word of its own
        }
        String s = text.substring(0, end);
        String cleaned = isClean(s) ? s : collapseSpaces(s);
        return cleaned.isEmpty() || "[^0123456789".indexOf(cleaned.charAt(0)) < 0 ? cleaned
                : NOTE_NUMBER.matcher(cleaned).replaceFirst("");
    }

    /**
     * True when {@link #collapseSpaces} would change nothing: single spaces between words, no other white space
     * and no invisible characters. Most footnotes are, and checking is cheaper than copying.
     */
    private static boolean isClean(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || s.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (c < ' ' || c >= 128 && (isInvisible(c) || Character.isWhitespace(c)
                    || Character.isSpaceChar(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Drops invisible characters and turns every run of white space into one space, none at the ends. */
    private static String collapseSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && !b.isEmpty()) {
                b.append(' ');
            }
            space = false;
            b.append(c);
        }
        return b.toString();
    }

    /** {@link #LEAD_WORDS} removed; the pattern runs only when the first letter could start one of its words. */
    private static String stripLeadWords(String text) {
        return startsWithAnyOf(text, "sScCqQfFiIaA&") ? LEAD_WORDS.matcher(text).replaceFirst("") : text;
    }

    /** {@link #TRAILING_SEPARATORS} removed; the pattern runs only when the text ends with one (or a newline). */
    private static String stripTrailingSeparators(String text) {
        if (text.isEmpty() || ",:;\n\r\u0085\u2028\u2029".indexOf(text.charAt(text.length() - 1)) < 0) {
            return text;
        }
        return TRAILING_SEPARATORS.matcher(text).replaceFirst("");
    }

    private static boolean startsWithAnyOf(String s, String firstChars) {
        return !s.isEmpty() && firstChars.indexOf(s.charAt(0)) >= 0;
    }

    private static boolean endsWithAsciiDigit(String s) {
        return !s.isEmpty() && s.charAt(s.length() - 1) >= '0' && s.charAt(s.length() - 1) <= '9';
    }

    /**
     * Whether the text holds {@code letters} in any case: a pattern that needs them ({@link #BY}, {@link #ET_AL})
     * cannot match without them, and this is much cheaper than trying it.
     */
    private static boolean containsIgnoringCase(String s, String letters) {
        for (int i = 0; i + letters.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, letters, 0, letters.length())) {
                return true;
            }
        }
        return false;
    }
}
