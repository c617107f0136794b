package org.archivist.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserQueryTextTests {

    static String convert(String text) {
        return UserQueryText.toSimpleQueryString(text);
    }

    @Test
    void plainWordsPassThrough() {
        assertThat(convert("sao paulo water")).isEqualTo("sao paulo water");
    }

    @Test
    void capitalOrBecomesAlternative() {
        assertThat(convert("Erdogan OR Lula")).isEqualTo("Erdogan | Lula");
        assertThat(convert("\"climate summit\" OR \"grain deal\"")).isEqualTo("\"climate summit\" | \"grain deal\"");
    }

    @Test
    void lowerCaseOrIsAWord() {
        assertThat(convert("war or peace")).isEqualTo("war or peace");
    }

    @Test
    void orInsideAPhraseIsAWord() {
        assertThat(convert("\"now OR never\"")).isEqualTo("\"now OR never\"");
    }

    @Test
    void wordsMerelyContainingOrAreWords() {
        assertThat(convert("ORBIT ORDER")).isEqualTo("ORBIT ORDER");
    }

    @Test
    void capitalAndIsRedundantRequirement() {
        assertThat(convert("drought AND harvest")).isEqualTo("drought + harvest");
    }

    @Test
    void capitalNotExcludesTheNextWordOrPhrase() {
        assertThat(convert("election NOT Turkey")).isEqualTo("election -Turkey");
        assertThat(convert("election NOT \"run-off\"")).isEqualTo("election -\"run-off\"");
    }

    @Test
    void minusExclusionPassesThrough() {
        assertThat(convert("election -Turkey")).isEqualTo("election -Turkey");
    }

    @Test
    void prefixOfThreeOrMoreCharactersIsKept() {
        assertThat(convert("negotiat*")).isEqualTo("negotiat*");
        assertThat(convert("gdp*")).isEqualTo("gdp*");
    }

    @Test
    void shortOrBarePrefixIsDropped() {
        assertThat(convert("a* b")).isEqualTo("a b");
        assertThat(convert("*")).isEmpty();
        assertThat(convert(")(*&^")).isEqualTo(")(&^");
    }

    @Test
    void unbalancedQuoteIsLeftForTheLenientParser() {
        assertThat(convert("\"sao paulo")).isEqualTo("\"sao paulo");
    }

    @Test
    void controlCharactersInPhrasesBecomeSpaces() {
        assertThat(convert("\"a\u0000b\"")).isEqualTo("\"a b\"");
    }
}
