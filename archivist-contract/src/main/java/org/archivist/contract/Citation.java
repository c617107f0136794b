package org.archivist.contract;

import java.util.List;

/** A footnote's text parsed into fields; a field the text does not clearly give is null, never guessed.
 * {@code date} is ISO 8601 at the precision the text gives: {@code 2020-10-12}, {@code 2020-10} or {@code 2020}. */
public record Citation(String title, List<String> authors, String publication, String date, String url) {

    public Citation {
        authors = Article.copy(authors);
    }
}
