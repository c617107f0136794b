package org.archivist.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class StemCacheTests {

    /** Every text of the topic sets plus words that exercise folding, possessives and the unstemmed list. */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(List.of("Économie naïve CAFÉ Müller's İstanbul Ǆemal STRAẞE",
                "news NEWS hospitality physics series politics detectives camping innings don't government’s",
                "Negotiations negotiation negotiate x² ½ ১২৩ Ⅻ Москва Київ 🙂 ﬁnance KELVIN \u212A"));
        for (String file : List.of("/topics/development.jsonl", "/topics/evaluation.jsonl")) {
            try (InputStream in = StemCacheTests.class.getResourceAsStream(file)) {
                texts.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            }
        }
        return texts;
    }

    @Test
    void cachedStemsEqualFreshOnesWordForWord() throws IOException {
        StemCache cache = new StemCache(64);
        for (int pass = 0; pass < 2; pass++) {
            for (String text : texts()) {
                assertThat(Words.stems(text, cache)).isEqualTo(Words.stems(text, null));
                assertThat(Words.stems(text)).isEqualTo(Words.stems(text, null));
            }
        }
    }

    @Test
    void staysBoundedHoweverManyWordsItSees() throws IOException {
        StemCache cache = new StemCache(64);
        for (String text : texts()) {
            Words.stems(text, cache);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(64).isEqualTo(cache.capacity());
    }

    @Test
    void doesNotKeepVeryLongWords() {
        StemCache cache = new StemCache(64);
        String longWord = "a".repeat(StemCache.MAX_WORD + 1);

        assertThat(Words.stems(longWord, cache)).containsExactly(longWord);
        assertThat(cache.size()).isZero();
    }

    @Test
    void agreesWithFreshStemsFromManyThreads() throws Exception {
        StemCache cache = new StemCache(16);
        List<String> texts = texts();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (String text : texts) {
                            if (!Words.stems(text, cache).equals(Words.stems(text, null))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void wantsAPowerOfTwo() {
        assertThatThrownBy(() -> new StemCache(100)).isInstanceOf(IllegalArgumentException.class);
    }
}
