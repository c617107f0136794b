package org.archivist.enrich.places;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word tokens (runs of letters, digits and combining marks, case kept) and one-character
 * punctuation tokens, in one pass. Gazetteer names go through the same splitter, so "U.S." is the four tokens
 * {@code U . S .} on both sides and "Côte d'Ivoire" matches whatever the apostrophe looks like. Curly apostrophes
 * become {@code '} and the various hyphens {@code -}.
 */
final class Tokens {

    private final String[] text;
    private final boolean[] word;
    private final boolean[] sentenceStart;
    private final int size;

    private Tokens(List<String> text, List<Boolean> word, List<Boolean> sentenceStart) {
        this.size = text.size();
        this.text = text.toArray(String[]::new);
        this.word = new boolean[size];
        this.sentenceStart = new boolean[size];
        for (int i = 0; i < size; i++) {
            this.word[i] = word.get(i);
            this.sentenceStart[i] = sentenceStart.get(i);
        }
    }

    static Tokens of(String raw) {
        List<String> text = new ArrayList<>();
        List<Boolean> word = new ArrayList<>();
        List<Boolean> starts = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return new Tokens(text, word, starts);
        }
        String s = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        boolean atSentenceStart = true;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(s.charAt(i))) {
                    i++;
                }
                text.add(s.substring(start, i));
                word.add(true);
                starts.add(atSentenceStart);
                atSentenceStart = false;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                char p = switch (c) {
                    case '\u2019', '\u2018', '`', '\u02BC' -> '\'';
                    case '\u2010', '\u2011', '\u2212' -> '-';
                    default -> c;
                };
                text.add(String.valueOf(p));
                word.add(false);
                starts.add(false);
                if (p == '.' || p == '!' || p == '?' || p == ':' || p == ';') {
                    atSentenceStart = true;
                }
            }
            i++;
        }
        return new Tokens(text, word, starts);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    int size() {
        return size;
    }

    String text(int i) {
        return text[i];
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
        return isWord(i) && Character.isUpperCase(text[i].charAt(0));
    }

    /** A word of two or more letters, all upper case ("PRAY", "NATO"). */
    boolean isAllCaps(int i) {
        if (!isWord(i) || text[i].length() < 2) {
            return false;
        }
        for (int k = 0; k < text[i].length(); k++) {
            if (Character.isLowerCase(text[i].charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
