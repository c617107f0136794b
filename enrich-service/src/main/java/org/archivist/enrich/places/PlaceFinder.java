package org.archivist.enrich.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.archivist.contract.Article;
import org.archivist.contract.Place;
import org.archivist.enrich.EnrichmentTables;

/**
 * Finds the countries an article names, by name, alternative name, demonym, capital or major city, in title and
 * paragraphs, and counts their mentions.
 *
 * <p>Each text is split into {@link Tokens} once and walked through the gazetteer trie, taking the longest phrase
 * that starts at each word: linear in the text, and "Guinea-Bissau", "Papua New Guinea" and "Nigeria" are never
 * read as "Guinea" or "Niger". Matching is case-sensitive, so "turkey" and "china" are not countries. A handful
 * of names that also mean a person, a US state or a bird go through the rules in {@link #resolve}; a first pass
 * collects what the document is about (unambiguous mentions and cue phrases) for those rules to use.
 *
 * <p>Construct once: the gazetteer is loaded in the constructor; afterwards the instance is immutable and
 * thread-safe.
 */
public final class PlaceFinder {

    /**
     * Country and city names that are also people's names: "Michael Jordan", "Chad Smith", "Sofia Coppola",
     * "Georgia O'Keeffe", "Sydney Sweeney", "Tom Holland".
     */
    private static final Set<String> PERSON_NAMES = Set.of("Jordan", "Chad", "Sofia", "Santiago", "Georgia",
            "Sydney", "Holland");

    /** Names whose reading depends on the rest of the document; they never count as context themselves. */
    private static final Set<String> AMBIGUOUS = Set.of("Jordan", "Chad", "Sofia", "Santiago", "Georgia", "Sydney",
            "Holland", "Washington", "Congo", "Congolese", "Korea", "Korean", "Koreans", "Turkey", "US");

    /** Capitalised words that follow a country name without making it a person's name ("Jordan River"). */
    private static final Set<String> AFTER_PLACE = Set.of("River", "Valley", "Basin", "Rift", "King", "Queen",
            "Prime", "President", "Foreign", "Army", "Armed", "Government", "Embassy");

    /** Verbs that, right after a bare first name, make it a person ("Jordan said", "Chad scored"). */
    private static final Set<String> PERSON_VERBS = Set.of("said", "says", "told", "added", "scored", "wrote",
            "tweeted", "explained", "admitted", "recalled", "laughed", "smiled", "joked", "insisted");

    /** Verbs that, right after "Washington", make it the US government speaking ("Washington warned"). */
    private static final Set<String> GOVERNMENT_VERBS = Set.of("said", "says", "warned", "urged", "accused",
            "announced", "insists", "insisted", "demanded", "wants", "rejected", "imposed", "responded",
            "condemned", "welcomed", "pressed", "signalled", "signaled", "threatened", "approved", "agreed");

    /** Words before a bare name that make it a place ("in Jordan", "to Chad"). */
    private static final Set<String> LOCATIVES = Set.of("in", "to", "from", "into", "across", "of", "visit",
            "visited", "visiting", "neighbouring", "neighboring", "via", "toward", "towards", "near");

    /** Words that open a sentence before a place without being a first name ("In Jordan", "Neighbouring Chad"). */
    private static final Set<String> SENTENCE_OPENERS = Set.of("in", "to", "from", "for", "and", "but", "the", "of",
            "with", "at", "on", "by", "as", "while", "when", "after", "before", "since", "neighbouring",
            "neighboring", "meanwhile", "however", "also", "both", "across", "inside", "outside", "like", "unlike",
            "even", "only", "then", "so", "if", "because", "visiting", "within", "near", "into", "where",
            "whereas", "although", "though", "today", "yesterday", "now", "southern", "northern", "eastern",
            "western", "central", "rural", "neighbor", "neighbour");

    /** Title abbreviations that make the next name a person's ("Mr. Jordan"). */
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov");

    /** All-caps words that may stand next to "US" in ordinary text ("US-EU talks"); others mean a shouted "US". */
    private static final Set<String> ACRONYMS = Set.of("EU", "UK", "UN", "NATO", "G7", "G20", "IMF", "GDP", "AI",
            "CEO", "FBI", "CIA", "NASA", "WHO", "WTO", "OPEC");

    private final Gazetteer gazetteer;

    public PlaceFinder() {
        this(EnrichmentTables.defaults());
    }

    /** With the gazetteer of the given tables. */
    public PlaceFinder(EnrichmentTables tables) {
        this(Gazetteer.load(tables.gazetteer()));
    }

    PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Countries named in title and paragraphs, by mentions (most first), then by code. */
    public List<Place> find(Article article) {
        List<String> texts = new ArrayList<>(article.paragraphs().size() + 1);
        if (article.title() != null) {
            texts.add(article.title());
        }
        texts.addAll(article.paragraphs());
        return find(texts);
    }

    List<Place> find(List<String> texts) {
        Document doc = new Document();
        for (String text : texts) {
            scan(Tokens.of(text, gazetteer.words()), doc);
        }
        for (Match m : doc.matches) {
            String surface = m.entry.surface();
            if ((PERSON_NAMES.contains(surface) || surface.equals("Washington")) && looksLikePersonName(m)) {
                m.person = true;
                doc.personNames.add(m.entry.surface());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Match m : doc.matches) {
            String code = m.entry.kind() == Gazetteer.Kind.STOP || m.entry.kind() == Gazetteer.Kind.CUE
                    ? null
                    : AMBIGUOUS.contains(m.entry.surface()) ? resolve(m, doc) : m.entry.code();
            if (code != null) {
                counts.merge(code, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new Place(e.getKey(), gazetteer.name(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(Place::mentions).reversed().thenComparing(Place::code))
                .toList();
    }

    /** Longest-match walk over the trie from every word; records matches, cue groups and unambiguous codes. */
    private void scan(Tokens tokens, Document doc) {
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.isWord(i)) {
                i++;
                continue;
            }
            Gazetteer.Node node = gazetteer.root();
            Gazetteer.Entry found = null;
            int end = i;
            for (int j = i; j < tokens.size(); j++) {
                String key = tokens.gazetteerText(j);
                node = key == null ? null : node.child(key);
                if (node == null) {
                    break;
                }
                if (node.entry() != null) {
                    found = node.entry();
                    end = j + 1;
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            doc.matches.add(new Match(tokens, i, end, found));
            if (found.group() != null) {
                doc.groups.add(found.group());
            }
            if (found.code() != null && !AMBIGUOUS.contains(found.surface())) {
                doc.groups.add(found.code());
            }
            i = end;
        }
    }

    /**
     * The rules for names with more than one meaning. Returns the country code, or null when the mention is not a
     * country. "Context for X" means the document also names X unambiguously (a name, demonym or city) or
     * contains one of X's cue phrases from the gazetteer.
     */
    private String resolve(Match m, Document doc) {
        String surface = m.entry.surface();
        String code = m.entry.code();
        if (m.person || PERSON_NAMES.contains(surface) && !isPlaceAsFirstName(m, doc)) {
            return null;
        }
        return switch (surface) {
            // Georgia is the country when anything Caucasian is in the document (Tbilisi, Georgian, Abkhazia,
            // Saakashvili...); otherwise the US state when US-state cues are (Atlanta, Savannah, another state's
            // name, "governor of Georgia"); otherwise, with no cue either way, the country.
            case "Georgia" -> doc.has("GE") || !doc.has("US-STATE") ? code : null;
            // Washington is the US government only in a political context (White House, Congress, the
            // administration, other US mentions) or as a speaker ("Washington warned"), and never with
            // Washington-state cues (Seattle, Spokane). "Washington Post", "George Washington", "Washington state"
            // are stop phrases or person names and never get here as countries.
            case "Washington" -> isWashingtonGovernment(m, doc) ? code : null;
            // Bare "Congo" is the Democratic Republic of the Congo, by far the more reported of the two, unless
            // the document is about the Republic of the Congo (Brazzaville) and not about the DRC.
            case "Congo", "Congolese" -> doc.has("CG") && !doc.has("CD") ? "CG" : "CD";
            // Bare "Korea"/"Korean" is South Korea, as in most usage ("Korea's exports", "Korean films"), unless
            // the document is about North Korea (Pyongyang, North Korean, Kim Jong Un) and not the South.
            case "Korea", "Korean", "Koreans" -> doc.has("KP") && !doc.has("KR") ? "KP" : "KR";
            // "Turkey" is the country even at the start of a sentence, except in a text that also speaks of
            // turkey the bird in lower case (or of Thanksgiving), where a capitalised "Turkey" opens a sentence.
            case "Turkey" -> m.tokens.isSentenceStart(m.start) && doc.has("BIRD") ? null : code;
            // "US" in upper case is the country unless shouted in an all-caps run ("LET US PRAY").
            case "US" -> isShouted(m) ? null : code;
            default -> code;
        };
    }

    /**
     * A country name written as part of a person's name: right after a capitalised word ("Michael Jordan",
     * "George Washington"; at the start of a sentence only if that word is not an ordinary opener like "In") or
     * an honorific ("Mr. Chad"), or right before a capitalised word that is not part of a place ("Jordan
     * Henderson", but not "Jordan River").
     */
    private boolean looksLikePersonName(Match m) {
        Tokens t = m.tokens;
        int before = m.start - 1;
        if (t.isCapitalised(before)
                && (!t.isSentenceStart(before) || !SENTENCE_OPENERS.contains(t.text(before).toLowerCase()))) {
            return true;
        }
        if (before >= 1 && t.text(before).equals(".") && HONORIFICS.contains(t.text(before - 1))) {
            return true;
        }
        if (t.isWord(before) && HONORIFICS.contains(t.text(before))) {
            return true;
        }
        return t.isCapitalised(m.end) && !AFTER_PLACE.contains(t.text(m.end));
    }

    /**
     * Whether a bare first-name-like country name is the country: not when written as a person's name; yes with
     * context for the country or a locative before it ("in Jordan"); no when the same name appears as a person
     * elsewhere in the text or a speech verb follows ("Jordan said"); otherwise yes.
     */
    private boolean isPlaceAsFirstName(Match m, Document doc) {
        if (m.person) {
            return false;
        }
        String code = m.entry.code();
        Tokens t = m.tokens;
        boolean locative = t.isWord(m.start - 1) && LOCATIVES.contains(t.text(m.start - 1).toLowerCase());
        if (doc.has(code) || locative) {
            return true;
        }
        if (doc.personNames.contains(m.entry.surface())) {
            return false;
        }
        return !(t.isWord(m.end) && PERSON_VERBS.contains(t.text(m.end)));
    }

    private boolean isWashingtonGovernment(Match m, Document doc) {
        if (doc.has("WA-STATE")) {
            return false;
        }
        Tokens t = m.tokens;
        boolean speaks = t.isWord(m.end) && GOVERNMENT_VERBS.contains(t.text(m.end));
        return speaks || doc.has("US-POLITICS") || doc.has("US");
    }

    private boolean isShouted(Match m) {
        Tokens t = m.tokens;
        int before = previousWord(t, m.start);
        int after = nextWord(t, m.end);
        boolean loudBefore = before >= 0 && t.isAllCaps(before) && !ACRONYMS.contains(t.text(before));
        boolean loudAfter = after >= 0 && t.isAllCaps(after) && !ACRONYMS.contains(t.text(after));
        return (loudBefore || before < 0) && (loudAfter || after < 0) && (before >= 0 || after >= 0);
    }

    private static int previousWord(Tokens t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
            if (t.isWord(k)) {
                return k;
            }
        }
        return -1;
    }

    private static int nextWord(Tokens t, int i) {
        for (int k = i; k < t.size() && k <= i + 1; k++) {
            if (t.isWord(k)) {
                return k;
            }
        }
        return -1;
    }

    /** One gazetteer phrase found in one text: tokens [start, end). */
    private static final class Match {
        final Tokens tokens;
        final int start;
        final int end;
        final Gazetteer.Entry entry;
        boolean person;

        Match(Tokens tokens, int start, int end, Gazetteer.Entry entry) {
            this.tokens = tokens;
            this.start = start;
            this.end = end;
            this.entry = entry;
        }
    }

    /** What one article's first pass found: its matches, its context groups and the names used as persons. */
    private static final class Document {
        final List<Match> matches = new ArrayList<>();
        final Set<String> groups = new HashSet<>();
        final Set<String> personNames = new HashSet<>();

        boolean has(String group) {
            return groups.contains(group);
        }
    }
}
