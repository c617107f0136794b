package org.archivist.query.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.archivist.contract.Citation;
import org.archivist.query.citations.MatchKeys.Strength;
import org.junit.jupiter.api.Test;

class MatchKeysTests {

    private static Citation citation(String title, String publication, String url) {
        return new Citation(title, List.of(), publication, null, url);
    }

    @Test
    void articleIsFoundByItsAddressWithoutSchemeAndByItsTitle() {
        MatchKeys keys = MatchKeys.ofArticle("https://www.civicledger.example.com/2020/10/12/lobby/?utm_source=x#c",
                "How Utilities Lobby");

        assertThat(keys.terms()).containsExactly("url:civicledger.example.com/2020/10/12/lobby",
                "title:how utilities lobby");
    }

    @Test
    void httpAndHttpsAddressesGiveTheSameKey() {
        assertThat(MatchKeys.ofArticle("http://example.org/a", null).url())
                .isEqualTo(MatchKeys.ofArticle("https://example.org/a/", null).url());
    }

    @Test
    void addressesWithoutHttpSchemeGiveNoKey() {
        assertThat(MatchKeys.ofArticle("example.org/a", null).url()).isNull();
        assertThat(MatchKeys.ofArticle("ftp://example.org/a", null).url()).isNull();
        assertThat(MatchKeys.ofArticle("https://", null).url()).isNull();
        assertThat(MatchKeys.ofArticle("  ", null).isEmpty()).isTrue();
    }

    @Test
    void singleWordTitlesGiveNoKey() {
        assertThat(MatchKeys.ofArticle(null, "Introduction").terms()).isEmpty();
        assertThat(MatchKeys.ofCitation(citation("Editorial", null, null)).isEmpty()).isTrue();
    }

    @Test
    void citationLooksForItsTitleWithAndWithoutTheNamedPublication() {
        MatchKeys keys = MatchKeys.ofCitation(citation("How Utilities Lobby - The Civic Ledger", "The Civic Ledger",
                "https://civicledger.example.com/lobby"));

        assertThat(keys.terms()).containsExactly("url:civicledger.example.com/lobby",
                "title:how utilities lobby the civic ledger", "title:how utilities lobby");
        assertThat(keys.exactTitles()).contains("how utilities lobby");
    }

    @Test
    void unnamedShortSiteSuffixGivesALooseTitleOnEitherSide() {
        assertThat(MatchKeys.ofCitation(citation("How Utilities Lobby | Civic Ledger", null, null)).looseTitles())
                .containsExactly("how utilities lobby");
        assertThat(MatchKeys.ofArticle(null, "How Utilities Lobby – The Civic Ledger").looseTitles())
                .containsExactly("how utilities lobby");
    }

    @Test
    void suffixThatLooksLikePartOfTheHeadlineIsKept() {
        assertThat(MatchKeys.ofArticle(null, "Storage - One Year After").looseTitles()).isEmpty();
        assertThat(MatchKeys.ofArticle(null, "War in Ukraine live - day 300").looseTitles()).isEmpty();
        assertThat(MatchKeys.ofArticle(null, "Grid storage costs fall - what this means for the winter").looseTitles())
                .isEmpty();
        assertThat(MatchKeys.ofArticle(null, "Grid-scale storage explained").looseTitles()).isEmpty();
    }

    @Test
    void nullOrEmptyCitationLooksForNothing() {
        assertThat(MatchKeys.ofCitation(null).isEmpty()).isTrue();
        assertThat(MatchKeys.ofCitation(new Citation(null, List.of(), null, null, null)).terms()).isEmpty();
    }

    @Test
    void sameAddressIsTheStrongestMatch() {
        MatchKeys cited = MatchKeys.ofArticle("https://example.org/story", "Something else entirely");

        assertThat(MatchKeys.ofCitation(citation("How Utilities Lobby", null, "http://www.example.org/story?fbclid=1"))
                .against(cited)).isEqualTo(Strength.URL);
    }

    @Test
    void sameTitleIsATitleMatchAndASiteSuffixOnlyALooseOne() {
        MatchKeys plain = MatchKeys.ofArticle(null, "How Utilities Lobby");
        MatchKeys suffixed = MatchKeys.ofArticle(null, "How Utilities Lobby | Civic Ledger");

        assertThat(MatchKeys.ofCitation(citation("How “Utilities” Lobby!", null, null)).against(plain))
                .isEqualTo(Strength.TITLE);
        assertThat(MatchKeys.ofCitation(citation("How Utilities Lobby - The Civic Ledger", "The Civic Ledger", null))
                .against(plain)).isEqualTo(Strength.TITLE);
        assertThat(MatchKeys.ofCitation(citation("How Utilities Lobby", null, null)).against(suffixed))
                .isEqualTo(Strength.LOOSE_TITLE);
        assertThat(MatchKeys.ofCitation(citation("How Utilities Lobby | Site", null, null)).against(plain))
                .isEqualTo(Strength.LOOSE_TITLE);
    }

    @Test
    void differentTitleOrAddressIsNoMatch() {
        MatchKeys cited = MatchKeys.ofArticle("https://example.org/story", "How Utilities Lobby");

        assertThat(MatchKeys.ofCitation(citation("How Utilities Lobby Congress", null, "https://example.org/other"))
                .against(cited)).isEqualTo(Strength.NONE);
        assertThat(MatchKeys.ofCitation(citation("How Utilities", null, null)).against(cited)).isEqualTo(Strength.NONE);
    }
}
