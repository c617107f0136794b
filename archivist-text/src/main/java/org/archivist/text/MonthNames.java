package org.archivist.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names and their usual abbreviations in the languages archive pages and citations come in (English,
 * French, Spanish, Portuguese, German, Italian, Dutch, Swedish, Polish, Russian), full and in the genitive where
 * dates use it ("12 января"). One table for every parser, so a date that ingest reads in a byline, enrich reads
 * in a footnote. Plain Java, immutable.
 */
public final class MonthNames {

    private static final String[][] NAMES = {
            {"january", "jan", "janvier", "janv", "enero", "ene", "janeiro", "januar", "jän", "января", "январь", "янв", "gennaio", "januari", "styczeń", "stycznia"},
            {"february", "feb", "février", "févr", "fevrier", "febrero", "fevereiro", "fev", "februar", "февраля", "февраль", "фев", "febbraio", "februari", "lutego"},
            {"march", "mar", "mars", "marzo", "março", "marco", "märz", "marz", "mär", "марта", "март", "мар", "maart", "marca"},
            {"april", "apr", "avril", "avr", "abril", "abr", "апреля", "апрель", "апр", "aprile", "kwietnia"},
            {"may", "mai", "mayo", "maio", "мая", "май", "maggio", "mei", "maja"},
            {"june", "jun", "juin", "junio", "junho", "juni", "июня", "июнь", "июн", "giugno", "czerwca"},
            {"july", "jul", "juillet", "juil", "julio", "julho", "juli", "июля", "июль", "июл", "luglio", "lipca"},
            {"august", "aug", "août", "aout", "agosto", "ago", "augusti", "августа", "август", "авг", "augustus", "sierpnia"},
            {"september", "sep", "sept", "septembre", "septiembre", "setembro", "сентября", "сентябрь", "сен", "settembre", "września"},
            {"october", "oct", "octobre", "octubre", "outubro", "oktober", "okt", "октября", "октябрь", "окт", "ottobre", "października"},
            {"november", "nov", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "ноя", "listopada"},
            {"december", "dec", "décembre", "decembre", "déc", "diciembre", "dic", "dezembro", "dez", "dezember", "декабря", "декабрь", "дек", "dicembre", "grudnia"},
    };

    private static final Map<String, Integer> NUMBERS = numbers();

    private MonthNames() {
    }

    /** The month (1 to 12) a word names, in any case, or 0 when it names none. */
    public static int number(String word) {
        return word == null ? 0 : NUMBERS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    private static Map<String, Integer> numbers() {
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < NAMES.length; i++) {
            for (String name : NAMES[i]) {
                numbers.putIfAbsent(name, i + 1);
            }
        }
        return Map.copyOf(numbers);
    }
}
