package org.archivist.query.search;

import java.util.List;
import java.util.function.Function;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Binds a {@link SearchCriteria} argument from the query string, one look-up per parameter. Spring's own binding
 * of a record (constructor binding through a {@code DataBinder}) re-reads the record's parameter annotations on
 * every request, and the JDK parses them anew each time: that was 29% of query-service's CPU per search in a JFR
 * profile (docs/BENCHMARKS.md). Values convert as {@code @RequestParam} converts them: an absent parameter is null,
 * a repeated one is every value for a list and the values joined by commas for a single string.
 */
final class SearchCriteriaResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == SearchCriteria.class;
    }

    @Override
    public SearchCriteria resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return of(request::getParameterValues);
    }

    /** The criteria from a parameter's values by name (null when absent). */
    static SearchCriteria of(Function<String, String[]> parameters) {
        return new SearchCriteria(single(parameters.apply("q")), list(parameters.apply("category")),
                list(parameters.apply("author")), list(parameters.apply("place")), list(parameters.apply("source")),
                single(parameters.apply("from")), single(parameters.apply("to")), single(parameters.apply("sort")));
    }

    private static String single(String[] values) {
        return values == null ? null : String.join(",", values);
    }

    private static List<String> list(String[] values) {
        return values == null ? null : List.of(values);
    }
}
