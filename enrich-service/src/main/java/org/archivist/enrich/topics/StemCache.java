package org.archivist.enrich.topics;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A bounded, lock-free memo of what {@link Words} makes of a lower-case word (its stem, or the word kept whole).
 * Stemming was a fifth of enrichment's CPU, and news text repeats a few thousand words, so nearly every word is
 * a hit.
 *
 * <p>Direct-mapped: a word has one slot, chosen by its hash, and a newer word evicts the older one. That keeps it
 * bounded to {@link #capacity()} entries without any bookkeeping, and lets a hit be checked against the caller's
 * char buffer, so a hit allocates nothing. Entries are immutable, so threads racing on a slot can only cause a
 * miss, never a wrong stem. Words longer than {@link #MAX_WORD} chars are not cached (they are rare, and would
 * make the bound on memory loose).
 */
final class StemCache {

    static final int MAX_WORD = 24;

    /** The word as chars too, so that a lookup compares arrays (an intrinsic) rather than char by char. */
    private record Entry(char[] word, String stem) {
    }

    private final AtomicReferenceArray<Entry> slots;
    private final int mask;

    /** @param capacity the number of slots, a power of two */
    StemCache(int capacity) {
        if (capacity <= 0 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        this.slots = new AtomicReferenceArray<>(capacity);
        this.mask = capacity - 1;
    }

    int capacity() {
        return slots.length();
    }

    /** Entries held now; at most {@link #capacity()}. */
    int size() {
        int n = 0;
        for (int i = 0; i < slots.length(); i++) {
            if (slots.get(i) != null) {
                n++;
            }
        }
        return n;
    }

    /**
     * The stem memoised for the word in {@code chars[0..length)}, or null.
     *
     * @param hash the word's {@link String#hashCode()}, computed by the caller as it read the word
     */
    String get(char[] chars, int length, int hash) {
        Entry e = slots.get(slot(hash));
        return e != null && Arrays.equals(e.word, 0, e.word.length, chars, 0, length) ? e.stem : null;
    }

    void put(String word, String stem) {
        if (word.length() <= MAX_WORD) {
            slots.set(slot(word.hashCode()), new Entry(word.toCharArray(), stem));
        }
    }

    private int slot(int hash) {
        // Spread the high bits down, as HashMap does: word hashes differ mostly in their low bits' neighbours.
        return (hash ^ (hash >>> 16)) & mask;
    }
}
