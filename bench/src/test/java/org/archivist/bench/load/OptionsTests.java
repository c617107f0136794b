package org.archivist.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class OptionsTests {

    @Test
    void readsGivenValuesAndFallsBackToDefaults() {
        Options options = new Options(new String[] {"--rate=20", "--clients=1, 4"});

        assertThat(options.integer("rate", 50)).isEqualTo(20);
        assertThat(options.integer("seconds", 60)).isEqualTo(60);
        assertThat(options.integers("clients", "1,8,16")).containsExactly(1, 4);
    }

    @Test
    void takesTheNextArgumentAsTheValueUnlessItIsAnOption() {
        Options options = new Options(new String[] {"--corpus", "100000", "--clean", "--skip", "search,reindex"});

        assertThat(options.integer("corpus", 0)).isEqualTo(100_000);
        assertThat(options.flag("clean")).isTrue();
        assertThat(options.texts("skip", "")).containsExactly("search", "reindex");
    }

    @Test
    void aFlagAtTheEndOrNotGivenIsReadAsSuch() {
        Options options = new Options(new String[] {"--articles=1000", "--clean"});

        assertThat(options.flag("clean")).isTrue();
        assertThat(options.flag("dry-run")).isFalse();
        assertThat(options.texts("skip", "")).isEmpty();
    }

    @Test
    void rejectsAnOptionNoToolAskedFor() {
        Options options = new Options(new String[] {"--rte=20"});
        options.integer("rate", 50);

        assertThatExceptionOfType(Options.UsageException.class).isThrownBy(options::requireAllUsed)
                .withMessageContaining("rte");
    }

    @Test
    void rejectsArgumentsThatAreNotNameValuePairs() {
        assertThatExceptionOfType(Options.UsageException.class).isThrownBy(() -> new Options(new String[] {"50"}));
        assertThatExceptionOfType(Options.UsageException.class).isThrownBy(() -> new Options(new String[] {"--"}));
    }

    @Test
    void aNumberThatIsNotOneIsAUsageErrorNamingTheOption() {
        Options options = new Options(new String[] {"--articles=10k", "--clients=1,eight"});

        assertThatExceptionOfType(Options.UsageException.class).isThrownBy(() -> options.integer("articles", 1))
                .withMessage("--articles takes a whole number, not '10k'");
        assertThatExceptionOfType(Options.UsageException.class).isThrownBy(() -> options.integers("clients", "1"))
                .withMessage("--clients takes a whole number, not 'eight'");
    }
}
