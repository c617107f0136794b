package org.archivist.enrich.places;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Splits text into word tokens (runs of letters, digits and combining marks, case kept) and one-character
 * punctuation tokens, in one pass. Gazetteer names go through the same splitter, so "U.S." is the four tokens
 * {@code U . S .} on both sides and "Côte d'Ivoire" matches whatever the apostrophe looks like. Curly apostrophes
 * become {@code '} and the various hyphens {@code -}.
 */
final class Tokens {

    private final String source;
    /** Each token's text; for a word the gazetteer does not know, null until {@link #text} is first asked. */
    private final String[] text;
    private final int[] start;
    private final boolean[] word;
    private final boolean[] sentenceStart;
    private final int size;

    /** One-character punctuation tokens of ASCII, shared instead of a new String per comma. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private Tokens(String source, String[] text, int[] start, boolean[] word, boolean[] sentenceStart, int size) {
        this.source = source;
        this.text = text;
        this.start = start;
        this.word = word;
        this.sentenceStart = sentenceStart;
        this.size = size;
    }

    /** Every token with its text. */
    static Tokens of(String raw) {
        return of(raw, null);
    }

    /**
     * Tokens whose words' text is taken from {@code known} when there, and otherwise made only when asked for:
     * {@link #gazetteerText} tells the trie walk, without a String per word, that a word names nothing.
     */
    static Tokens of(String raw, TokenTable known) {
        if (raw == null || raw.isEmpty()) {
            return new Tokens("", new String[0], new int[0], new boolean[0], new boolean[0], 0);
        }
        Tokens tokens = scan(raw, true, known);
        return tokens != null ? tokens : scan(Normalizer.normalize(raw, Normalizer.Form.NFC), false, known);
    }

    /**
     * Splits {@code s}. With {@code checkNfc}, returns null when {@code s} turns out not to be in NFC, checking
     * only once a character at or above U+0300 comes up: text below that always is NFC (every character that NFC
     * could change or compose with what precedes it is at or above U+0300), so most text is read only once.
     */
    private static Tokens scan(String s, boolean checkNfc, TokenTable known) {
        int n = s.length();
        // Plain arrays grown by hand: three ArrayLists (two of them boxed) cost more than the scan itself.
        int capacity = n / 4 + 8;
        String[] text = new String[capacity];
        int[] starts = new int[capacity];
        boolean[] word = new boolean[capacity];
        boolean[] sentenceStarts = new boolean[capacity];
        int size = 0;
        boolean atSentenceStart = true;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '\u0300' && checkNfc) {
                if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
                    return null;
                }
                checkNfc = false;
            }
            boolean isWord = isWordChar(c);
            if (!isWord && Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (size == capacity) {
                capacity *= 2;
                text = Arrays.copyOf(text, capacity);
                word = Arrays.copyOf(word, capacity);
                starts = Arrays.copyOf(starts, capacity);
                sentenceStarts = Arrays.copyOf(sentenceStarts, capacity);
            }
            if (isWord) {
                int start = i;
                while (i < n && isWordChar(s.charAt(i))) {
                    if (s.charAt(i) >= '\u0300' && checkNfc) {
                        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
                            return null;
                        }
                        checkNfc = false;
                    }
                    i++;
                }
                text[size] = known == null ? s.substring(start, i) : known.find(s, start, i);
                starts[size] = start;
                word[size] = true;
                sentenceStarts[size++] = atSentenceStart;
                atSentenceStart = false;
                continue;
            }
            char p = switch (c) {
                case '\u2019', '\u2018', '`', '\u02BC' -> '\'';
                case '\u2010', '\u2011', '\u2212' -> '-';
                default -> c;
            };
            starts[size] = i;
            text[size++] = p < ASCII.length ? ASCII[p] : String.valueOf(p);
            if (p == '.' || p == '!' || p == '?' || p == ':' || p == ';') {
                atSentenceStart = true;
            }
            i++;
        }
        return new Tokens(s, text, starts, word, sentenceStarts, size);
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    int size() {
        return size;
    }

    String text(int i) {
        String t = text[i];
        if (t == null) {
            t = source.substring(start[i], wordEnd(start[i]));
            text[i] = t;
        }
        return t;
    }

    /**
     * The token's text, or null for a word the gazetteer does not have (no trie node has it either). With tokens
     * made without a table, always the text.
     */
    String gazetteerText(int i) {
        return text[i];
    }

    private int wordEnd(int from) {
        int end = from;
        while (end < source.length() && isWordChar(source.charAt(end))) {
            end++;
        }
        return end;
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && word[i];
    }

    /** True for the first word of the text and the first word after {@code . ! ? : ;}. */
    boolean isSentenceStart(int i) {
        return sentenceStart[i];
    }

    /** A word starting with an upper-case letter. */
    boolean isCapitalised(int i) {
        return isWord(i) && Character.isUpperCase(source.charAt(start[i]));
    }

    /** A word of two or more letters, all upper case ("PRAY", "NATO"). */
    boolean isAllCaps(int i) {
        if (!isWord(i) || text(i).length() < 2) {
            return false;
        }
        String t = text(i);
        for (int k = 0; k < t.length(); k++) {
            if (Character.isLowerCase(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
