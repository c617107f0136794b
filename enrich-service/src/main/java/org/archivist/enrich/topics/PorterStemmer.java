package org.archivist.enrich.topics;

/**
 * Martin Porter's 1980 suffix-stripping algorithm for English, so that "negotiations", "negotiation" and
 * "negotiate" all reduce to one stem. Both the lexicon and the article text go through it, so stems only need
 * to be consistent, not pretty. Stateless and allocation-light: one char array per call.
 */
final class PorterStemmer {

    private char[] b;
    private int k;
    private int j;

    private PorterStemmer(String word) {
        this.b = word.toCharArray();
        this.k = b.length - 1;
    }

    /** Stems a lower-case ASCII word; words of one or two letters and anything else come back unchanged. */
    static String stem(String word) {
        if (word.length() <= 2 || !isLowerAscii(word)) {
            return word;
        }
        PorterStemmer s = new PorterStemmer(word);
        s.step1ab();
        if (s.k > 0) {
            s.step1c();
            s.step2();
            s.step3();
            s.step4();
            s.step5();
        }
        return new String(s.b, 0, s.k + 1);
    }

    private static boolean isLowerAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private boolean cons(int i) {
        return switch (b[i]) {
            case 'a', 'e', 'i', 'o', 'u' -> false;
            case 'y' -> i == 0 || !cons(i - 1);
            default -> true;
        };
    }

    /** The number of vowel-consonant sequences in b[0..j]. */
    private int m() {
        int n = 0;
        int i = 0;
        while (true) {
            if (i > j) {
                return n;
            }
            if (!cons(i)) {
                break;
            }
            i++;
        }
        i++;
        while (true) {
            while (true) {
                if (i > j) {
                    return n;
                }
                if (cons(i)) {
                    break;
                }
                i++;
            }
            i++;
            n++;
            while (true) {
                if (i > j) {
                    return n;
                }
                if (!cons(i)) {
                    break;
                }
                i++;
            }
            i++;
        }
    }

    private boolean vowelInStem() {
        for (int i = 0; i <= j; i++) {
            if (!cons(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean doubleConsonant(int i) {
        return i >= 1 && b[i] == b[i - 1] && cons(i);
    }

    private boolean cvc(int i) {
        if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) {
            return false;
        }
        char c = b[i];
        return c != 'w' && c != 'x' && c != 'y';
    }

    private boolean ends(String s) {
        int l = s.length();
        int o = k - l + 1;
        if (o < 0) {
            return false;
        }
        for (int i = 0; i < l; i++) {
            if (b[o + i] != s.charAt(i)) {
                return false;
            }
        }
        j = k - l;
        return true;
    }

    private void setTo(String s) {
        int l = s.length();
        int o = j + 1;
        if (o + l > b.length) {
            char[] grown = new char[o + l];
            System.arraycopy(b, 0, grown, 0, b.length);
            b = grown;
        }
        for (int i = 0; i < l; i++) {
            b[o + i] = s.charAt(i);
        }
        k = j + l;
    }

    private void replaceIfMeasured(String s) {
        if (m() > 0) {
            setTo(s);
        }
    }

    private void step1ab() {
        if (b[k] == 's') {
            if (ends("sses")) {
                k -= 2;
            } else if (ends("ies")) {
                setTo("i");
            } else if (b[k - 1] != 's') {
                k--;
            }
        }
        if (ends("eed")) {
            if (m() > 0) {
                k--;
            }
        } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
            k = j;
            if (ends("at")) {
                setTo("ate");
            } else if (ends("bl")) {
                setTo("ble");
            } else if (ends("iz")) {
                setTo("ize");
            } else if (doubleConsonant(k)) {
                k--;
                char c = b[k];
                if (c == 'l' || c == 's' || c == 'z') {
                    k++;
                }
            } else if (m() == 1 && cvc(k)) {
                setTo("e");
            }
        }
    }

    private void step1c() {
        if (ends("y") && vowelInStem()) {
            b[k] = 'i';
        }
    }

    private void step2() {
        switch (b[k - 1]) {
            case 'a' -> {
                if (ends("ational")) replaceIfMeasured("ate");
                else if (ends("tional")) replaceIfMeasured("tion");
            }
            case 'c' -> {
                if (ends("enci")) replaceIfMeasured("ence");
                else if (ends("anci")) replaceIfMeasured("ance");
            }
            case 'e' -> {
                if (ends("izer")) replaceIfMeasured("ize");
            }
            case 'l' -> {
                if (ends("bli")) replaceIfMeasured("ble");
                else if (ends("alli")) replaceIfMeasured("al");
                else if (ends("entli")) replaceIfMeasured("ent");
                else if (ends("eli")) replaceIfMeasured("e");
                else if (ends("ousli")) replaceIfMeasured("ous");
            }
            case 'o' -> {
                if (ends("ization")) replaceIfMeasured("ize");
                else if (ends("ation")) replaceIfMeasured("ate");
                else if (ends("ator")) replaceIfMeasured("ate");
            }
            case 's' -> {
                if (ends("alism")) replaceIfMeasured("al");
                else if (ends("iveness")) replaceIfMeasured("ive");
                else if (ends("fulness")) replaceIfMeasured("ful");
                else if (ends("ousness")) replaceIfMeasured("ous");
            }
            case 't' -> {
                if (ends("aliti")) replaceIfMeasured("al");
                else if (ends("iviti")) replaceIfMeasured("ive");
                else if (ends("biliti")) replaceIfMeasured("ble");
            }
            case 'g' -> {
                if (ends("logi")) replaceIfMeasured("log");
            }
            default -> {
            }
        }
    }

    private void step3() {
        switch (b[k]) {
            case 'e' -> {
                if (ends("icate")) replaceIfMeasured("ic");
                else if (ends("ative")) replaceIfMeasured("");
                else if (ends("alize")) replaceIfMeasured("al");
            }
            case 'i' -> {
                if (ends("iciti")) replaceIfMeasured("ic");
            }
            case 'l' -> {
                if (ends("ical")) replaceIfMeasured("ic");
                else if (ends("ful")) replaceIfMeasured("");
            }
            case 's' -> {
                if (ends("ness")) replaceIfMeasured("");
            }
            default -> {
            }
        }
    }

    private void step4() {
        boolean found = switch (b[k - 1]) {
            case 'a' -> ends("al");
            case 'c' -> ends("ance") || ends("ence");
            case 'e' -> ends("er");
            case 'i' -> ends("ic");
            case 'l' -> ends("able") || ends("ible");
            case 'n' -> ends("ant") || ends("ement") || ends("ment") || ends("ent");
            case 'o' -> (ends("ion") && j >= 0 && (b[j] == 's' || b[j] == 't')) || ends("ou");
            case 's' -> ends("ism");
            case 't' -> ends("ate") || ends("iti");
            case 'u' -> ends("ous");
            case 'v' -> ends("ive");
            case 'z' -> ends("ize");
            default -> false;
        };
        if (found && m() > 1) {
            k = j;
        }
    }

    private void step5() {
        j = k;
        if (b[k] == 'e') {
            int a = m();
            if (a > 1 || (a == 1 && !cvc(k - 1))) {
                k--;
            }
        }
        if (b[k] == 'l' && doubleConsonant(k) && m() > 1) {
            k--;
        }
    }
}
