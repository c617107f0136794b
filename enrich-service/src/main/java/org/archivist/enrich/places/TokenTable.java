package org.archivist.enrich.places;

import java.util.Collection;

/**
 * The gazetteer's words, looked up by a slice of text without cutting it out. {@link Tokens} asks it for each
 * word of an article: most words name nothing, and then no String is made for them at all (only if a rule
 * around a match reads them). Open addressing over a power-of-two table; immutable after construction.
 */
final class TokenTable {

    private final String[] slots;
    private final int mask;

    TokenTable(Collection<String> words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.size() * 2) - 1) << 1;
        this.slots = new String[capacity];
        this.mask = capacity - 1;
        for (String word : words) {
            int slot = word.hashCode() & mask;
            while (slots[slot] != null && !slots[slot].equals(word)) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = word;
        }
    }

    /** The table's String equal to {@code s[start..end)}, or null when the gazetteer has no such word. */
    String find(String s, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + s.charAt(i);
        }
        int length = end - start;
        for (int slot = hash & mask; slots[slot] != null; slot = (slot + 1) & mask) {
            String word = slots[slot];
            if (word.length() == length && word.regionMatches(0, s, start, length)) {
                return word;
            }
        }
        return null;
    }
}
