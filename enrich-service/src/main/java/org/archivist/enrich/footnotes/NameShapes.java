package org.archivist.enrich.footnotes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the name-like segments of a citation apart: a person ("Dana Ortiz", "I. Duarte", "Иван Петров"), an
 * organisation ("City Council", "Ministry of Energy") or a publication ("The Civic Ledger", "Planetary Notes",
 * "reuters.com"). The word lists are small on purpose: a segment none of them fits is left unclassified.
 */
final class NameShapes {

    private static final Set<String> PARTICLES = Set.of("de", "da", "das", "do", "dos", "van", "von", "der", "den",
            "del", "della", "di", "du", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "y", "zu");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "le", "la", "les", "l", "der", "die", "das",
            "el", "los", "las", "il", "lo", "de", "het");

    private static final Set<String> ORGANISATION_WORDS = Set.of("council", "ministry", "department", "agency",
            "commission", "office", "bank", "committee", "institute", "institution", "university", "college",
            "government", "parliament", "court", "authority", "board", "association", "foundation", "centre",
            "center", "society", "union", "federation", "bureau", "organisation",
            "organization", "administration", "inc", "inc.", "ltd", "ltd.", "llc", "group", "company",
            "corporation", "corp.", "coalition", "network", "trust", "fund", "alliance", "senate", "assembly",
            "congress", "police", "city", "state", "county", "municipality", "regulator", "operator", "utility",
            "watch", "initiative", "project", "campaign", "partners", "consortium", "secretariat", "nations",
            "министерство", "правительство", "совет", "комитет", "агентство", "служба", "университет",
            "институт", "центр", "фонд", "ассоциация", "дума", "суд", "администрация", "прокуратура", "управление");

    private static final Set<String> PUBLICATION_WORDS = Set.of("times", "post", "news", "journal", "ledger",
            "gazette", "review", "magazine", "herald", "tribune", "press", "daily", "weekly", "monthly",
            "quarterly", "notes", "letters", "proceedings", "bulletin", "affairs", "economist", "guardian",
            "telegraph", "observer", "chronicle", "courier", "examiner", "independent", "standard", "star", "sun",
            "mirror", "express", "insider", "wire", "today", "radio", "tv", "television", "channel",
            "broadcasting", "blog", "digest", "monitor", "record", "register", "sentinel", "dispatch", "inquirer",
            "mail", "voice", "globe", "reuters", "bloomberg", "studies", "science", "nature", "annals",
            "transactions", "report", "reports", "week", "policy", "forum", "live", "medium",
            "substack", "podcast", "wikipedia", "газета", "журнал", "вестник", "новости", "известия", "ведомости",
            "коммерсантъ", "тасс", "риа", "медуза", "правда", "эхо", "радио", "блог");

    private static final Pattern INITIAL = Pattern.compile("(?:\\p{Lu}\\.){1,3}|\\p{Lu}\\.-\\p{Lu}\\.");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\p{L}\\.?|\\p{Lu}[\\p{Ll}]?");
    private static final Pattern DOMAIN = Pattern.compile("(?i)[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*"
            + "\\.(?:com|org|net|gov|edu|io|info|news|ru|uk|de|fr|eu|int|co|us|ca|au|in)");

    private NameShapes() {
    }

    /** Two to five words, each a capitalised word, an initial or a name particle; not a known organisation. */
    static boolean isPerson(String segment) {
        String[] words = segment.trim().split(" ");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        int names = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            if (i == 0 && ARTICLES.contains(lower)) {
                return false;
            }
            if (ORGANISATION_WORDS.contains(stripDot(lower)) || PUBLICATION_WORDS.contains(stripDot(lower))) {
                return false;
            }
            if (isInitial(w) || isCapitalised(w)) {
                names++;
            } else if (i == 0 || i == words.length - 1 || !PARTICLES.contains(lower)) {
                return false;
            }
        }
        // The last word is a surname: a bare initial there ("Dana O.") is a truncated or inverted name.
        return names >= 2 && !isInitial(words[words.length - 1]);
    }

    /** A person whose name has an initial ("I. Duarte"): a shape no publication takes. */
    static boolean isPersonWithInitial(String segment) {
        if (!isPerson(segment)) {
            return false;
        }
        for (String w : segment.trim().split(" ")) {
            if (isInitial(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean isOrganisation(String segment) {
        return capitalised(segment) && containsWord(segment, ORGANISATION_WORDS);
    }

    static boolean isPublication(String segment) {
        String s = segment.trim();
        if (s.indexOf('.') >= 0 && DOMAIN.matcher(s).matches()) {
            return true;
        }
        if (!capitalised(s)) {
            return false;
        }
        if (containsWord(s, PUBLICATION_WORDS)) {
            return true;
        }
        String first = s.split(" ")[0].toLowerCase(Locale.ROOT);
        // "The Valley Gazette", "Le Monde", "Der Spiegel": a leading article marks a title-like name.
        return ARTICLES.contains(first) && !containsWord(s, ORGANISATION_WORDS);
    }

    /** The deciding word of a name is its last one: "Harbour Ferries press office" is an office. */
    static boolean endsAsOrganisation(String segment) {
        String[] words = segment.trim().split(" ");
        return ORGANISATION_WORDS.contains(stripDot(words[words.length - 1].toLowerCase(Locale.ROOT)));
    }

    /** A single capitalised word ("Reuters", "Politico", "Коммерсантъ"). */
    static boolean isSingleName(String segment) {
        String s = segment.trim();
        return !s.contains(" ") && isCapitalised(s) && s.length() > 1;
    }

    private static boolean capitalised(String s) {
        return !s.isEmpty() && (Character.isUpperCase(s.charAt(0)) || Character.isDigit(s.charAt(0)));
    }

    /**
     * Whether a word of the segment (split at spaces, hyphens and slashes), lower-cased and without a final dot, is
     * one of {@code words}.
     */
    private static boolean containsWord(String segment, Set<String> words) {
        // By hand rather than a regex split: this runs for most segments of every footnote. Empty pieces, which
        // the split would keep or drop, never match a word.
        String s = segment.trim();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ' ' || s.charAt(i) == '-' || s.charAt(i) == '/') {
                if (words.contains(stripDot(s.substring(start, i).toLowerCase(Locale.ROOT)))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** {@link #INITIAL}, tried only on words that end with its final dot. */
    private static boolean isInitial(String w) {
        return w.endsWith(".") && INITIAL.matcher(w).matches();
    }

    /** {@link #CAPITALISED}, tried only on words that start with its upper-case letter. */
    private static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.getType(w.codePointAt(0)) == Character.UPPERCASE_LETTER
                && CAPITALISED.matcher(w).matches();
    }

    private static String stripDot(String w) {
        return w.endsWith(".") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
    }
}
