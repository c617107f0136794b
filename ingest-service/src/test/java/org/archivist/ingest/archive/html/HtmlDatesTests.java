package org.archivist.ingest.archive.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlDatesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2022-09-14T08:00:00+02:00 | 2022-09-14",
            "2022-09-14                | 2022-09-14",
            "20191119                  | 2019-11-19",
            "20191119T110009Z          | 2019-11-19",
    })
    void readsMachineReadableDates(String value, LocalDate date) {
        assertThat(HtmlDates.fromIso(value)).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "tomorrow", "", "1234567"})
    void rejectsPlaceholdersAndJunkInAttributes(String value) {
        assertThat(HtmlDates.fromIso(value)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "September 14, 2022             | 2022-09-14",
            "Sept. 14, 2022                 | 2022-09-14",
            "14 Sep 2022                    | 2022-09-14",
            "14th of September 2022         | 2022-09-14",
            "14.09.2022                     | 2022-09-14",
            "14 сентября 2022               | 2022-09-14",
            "27. März 2022                  | 2022-03-27",
            "Sonntag, 27. Mär. 2022         | 2022-03-27",
            "3 de março de 2021             | 2021-03-03",
            "26 de enero de 2024            | 2024-01-26",
            "14 février 2023                | 2023-02-14",
            "12 ago 2019                    | 2019-08-12",
            "12 ottobre 2021                | 2021-10-12",
            "12 października 2021           | 2021-10-12",
            "2019年11月18日                  | 2019-11-18",
            "2019년 11월 18일                | 2019-11-18",
            "Posted on Monday, March 3, 2021 by admin | 2021-03-03",
    })
    void readsWrittenDatesInEveryLanguageMonthNamesKnows(String text, LocalDate date) {
        assertThat(HtmlDates.fromText(text)).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mayor 12, 2020", "Janu 3, 2020", "no date here", "February 30, 2021"})
    void readsNoDateFromWordsThatAreNoMonth(String text) {
        assertThat(HtmlDates.fromText(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://www.nytimes.com/2019/11/19/opinion/republicans.html        | 2019-11-19",
            "https://www.politifact.com/article/2019/nov/18/politifacts-guide/  | 2019-11-18",
            "https://example.com/blog/2019-11-18-a-post                          | 2019-11-18",
            "https://example.com/news/20191118/a-post                            | 2019-11-18",
            "https://www.quantamagazine.org/tuft-cells-20191115/                 | 2019-11-15",
    })
    void readsTheDateInAnArticleUrl(String url, LocalDate date) {
        assertThat(HtmlDates.fromUrl(url)).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.usatoday.com/story/news/4236383002/", "https://example.com/2019/11/",
            "https://example.com/post?date=2019-11-18", "https://20191118.example.com/post",
            "https://example.com/product/12345678/"})
    void readsNoDateFromUrlsWithoutOne(String url) {
        assertThat(HtmlDates.fromUrl(url)).isNull();
    }
}
