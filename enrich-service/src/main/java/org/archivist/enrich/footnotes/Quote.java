package org.archivist.enrich.footnotes;

/**
 * Where a citation's quoted title opens and closes ({@code close} is -1 when the quote is never closed).
 * Nested quotes of the same kind are balanced ({@code “Lobbying “Reform” Revisited”}); a straight quote opens
 * when it follows a space and precedes a word, and closes otherwise. A closing mark followed by a letter is an
 * apostrophe ({@code Utility’s}), not a close. When the nesting never balances, the last closing mark wins.
 */
record Quote(int open, int close) {

    private static final String OPENERS = "“\"«‘„”»‹'";

    /** The title quote: one opening at the start, after a separator ({@code , : . ;}) or after a parenthesis. */
    static Quote find(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (OPENERS.indexOf(c) >= 0 && opensTitle(s, i)) {
                return new Quote(i, close(s, i));
            }
        }
        return null;
    }

    private static boolean opensTitle(String s, int i) {
        if (i + 1 >= s.length() || s.charAt(i + 1) == ' ') {
            return false;
        }
        char c = s.charAt(i);
        if (i == 0) {
            return true;
        }
        if (c == '\'' || c == '”' || c == '»') {
            return false;
        }
        char prev = s.charAt(i - 1);
        return prev == '(' || prev == ' ' && i >= 2 && ",:.;".indexOf(s.charAt(i - 2)) >= 0;
    }

    private static int close(String s, int open) {
        char o = s.charAt(open);
        int depth = 1;
        int lastCloser = -1;
        for (int j = open + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            boolean wordBefore = s.charAt(j - 1) != ' ' && s.charAt(j - 1) != '(';
            boolean wordAfter = j + 1 < s.length() && Character.isLetterOrDigit(s.charAt(j + 1));
            if (nestedOpener(o, c) && !wordBefore && wordAfter) {
                depth++;
            } else if (closes(o, c) && !wordAfter && wordBefore) {
                depth--;
                lastCloser = j;
                if (depth == 0) {
                    return j;
                }
            }
        }
        return lastCloser;
    }

    private static boolean nestedOpener(char open, char c) {
        return switch (open) {
            case '“', '"' -> c == '“' || c == '"';
            case '«' -> c == '«';
            case '‘' -> c == '‘';
            case '„' -> c == '„';
            case '‹' -> c == '‹';
            default -> false;
        };
    }

    private static boolean closes(char open, char c) {
        return switch (open) {
            case '“', '"' -> c == '”' || c == '"';
            case '«' -> c == '»';
            case '‘' -> c == '’';
            case '„' -> c == '“' || c == '”';
            case '”' -> c == '”';
            case '»' -> c == '«';
            case '‹' -> c == '›';
            case '\'' -> c == '\'';
            default -> false;
        };
    }
}
