package org.archivist.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SearchCriteriaResolverTests {

    @Test
    void bindsEveryComponentFromTheParameterOfItsName() throws Exception {
        for (RecordComponent component : SearchCriteria.class.getRecordComponents()) {
            SearchCriteria criteria = SearchCriteriaResolver.of(Map.of(component.getName(), new String[] { "x" })::get);
            for (RecordComponent other : SearchCriteria.class.getRecordComponents()) {
                Object value = other.getAccessor().invoke(criteria);
                if (other.getName().equals(component.getName())) {
                    assertThat(value).as(component.getName()).isIn("x", List.of("x"));
                } else {
                    assertThat(value).as(other.getName() + " when only " + component.getName() + " is sent").isNull();
                }
            }
        }
    }

    @Test
    void absentParametersAreNull() {
        assertThat(SearchCriteriaResolver.of(name -> null))
                .isEqualTo(new SearchCriteria(null, null, null, null, null, null, null, null));
    }

    @Test
    void aRepeatedListParameterKeepsEveryValueAsSent() {
        SearchCriteria criteria = SearchCriteriaResolver.of(Map.of("author", new String[] { "Müller, Ana", "", "Lee" })::get);

        assertThat(criteria.author()).containsExactly("Müller, Ana", "", "Lee");
    }

    @Test
    void aRepeatedSingleParameterJoinsItsValuesWithCommasAsRequestParamDoes() {
        assertThat(SearchCriteriaResolver.of(Map.of("q", new String[] { "storm", "flood" })::get).q())
                .isEqualTo("storm,flood");
    }

    @Test
    void anEmptyValueStaysEmptyForTheFormToJudge() {
        assertThat(SearchCriteriaResolver.of(Map.of("q", new String[] { "" })::get).q()).isEmpty();
    }
}
