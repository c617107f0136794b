package org.archivist.ingest.archive.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClassWordsTests {

    private final ClassWords words = new ClassWords(List.of("share", "comment", "related-posts", "site-header"));

    @Test
    void findsAWholeWordInsideAHyphenatedOrUnderscoredName() {
        assertThat(words.foundIn("post-share")).isTrue();
        assertThat(words.foundIn("share_bar")).isTrue();
        assertThat(words.foundIn("entry a.share")).isTrue();
        assertThat(words.foundIn("comment")).isTrue();
    }

    @Test
    void doesNotFindAWordInsideALongerWord() {
        assertThat(words.foundIn("shareholder")).isFalse();
        assertThat(words.foundIn("commentary")).isFalse();
        assertThat(words.foundIn("reshare")).isFalse();
        assertThat(words.foundIn("comment2")).isFalse();
    }

    @Test
    void findsHyphenatedWordsAcrossHyphensAndUnderscoresButNotAcrossClassNames() {
        assertThat(words.foundIn("widget related-posts")).isTrue();
        assertThat(words.foundIn("related__posts--grid")).isTrue();
        assertThat(words.foundIn("x-site-header-y")).isTrue();
        assertThat(words.foundIn("related posts")).isFalse();
        assertThat(words.foundIn("site header")).isFalse();
        assertThat(words.foundIn("related-postscript")).isFalse();
    }

    @Test
    void emptyAndSeparatorOnlyValuesHoldNoWord() {
        assertThat(words.foundIn("")).isFalse();
        assertThat(words.foundIn(" -_ ")).isFalse();
    }
}
