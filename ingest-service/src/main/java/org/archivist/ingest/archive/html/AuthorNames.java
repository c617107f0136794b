package org.archivist.ingest.archive.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.archivist.text.MonthNames;

/**
 * Person names from an author credit as pages write it: {@code By Jane Doe and John Roe},
 * {@code View all posts by Jane Doe}, {@code JANE DOE, AP Auto Writer}, {@code Jane Doe | Reporter},
 * {@code Von Katrin Müller}, {@code Автор: Анна Ершова}, {@code Jane Doe November 19th, 2019 at 8:40 AM}.
 * Roles, credentials, dates, e-mail addresses and handles are dropped; parts that are no name at all
 * (logins such as {@code admin} or {@code rmb8090}, staff credits such as {@code Courier Staff},
 * addresses, sentences) give nothing, so a wrong author is never invented.
 */
final class AuthorNames {

    private static final int MAX_CREDIT = 200;
    private static final int MAX_NAME = 60;
    private static final int MAX_TOKENS = 6;
    private static final int MAX_LOWER_CASE_TOKENS = 3;

    /** Leading words before the names: "View all posts by", "Written by", "Analysis by", "Von", "Автор:". */
    private static final Pattern PREFIX = Pattern.compile("(?iu)^(?:(?:view all|all|more) (?:posts|articles|stories) by"
            + "|(?:posts|articles|stories|more) (?:by|from)|\\p{L}{2,15} by|by|von|par|por|door|przez|av"
            + "|autor(?:in|a)?|auteur|author(?:s)?|автор(?:ы)?|текст)\\s*[:：]?\\s+");
    private static final Pattern URL = Pattern.compile("(?i)https?://\\S*|www\\.\\S+");
    private static final Pattern EMAIL_OR_HANDLE = Pattern.compile("\\S*@\\S*");
    /** A role after a bar or dash: "Jane Doe | Reporter", "Jane Doe - Staff". Hyphenated names have no spaces. */
    private static final Pattern ROLE_CUT = Pattern.compile("\\s+[|·•–—-]\\s+|\\s*[|·•]\\s*|\\s*\\(");
    private static final Pattern SEPARATORS = Pattern.compile(
            "(?iu)\\s*(?:[,;&、]|(?<=\\p{L}{3})\\.\\s)\\s*|\\s+(?:and|und|et|y|e|и|og|en)\\s+");
    private static final Set<String> WEEKDAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
            "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье");
    /** Words that end a name part: what follows is when or where, not who. */
    private static final Set<String> STOP_WORDS = Set.of("updated", "published", "posted", "on", "at", "le", "am",
            "el", "il", "op", "—", "–", "-");
    /** A part with one of these words is a role or a desk, not a person. */
    private static final Set<String> ROLE_WORDS = Set.of("writer", "reporter", "correspondent", "editor",
            "editor-at-large", "columnist", "contributor", "contributing", "producer", "staff", "bureau", "desk",
            "newsroom", "team", "reports", "editorial", "journalist", "journaliste", "periodista", "photographer",
            "intern", "admin", "administrator", "webmaster", "guest", "гость", "редакция", "redaktion", "redaction",
            "rédaction", "redacción", "redazione", "redação", "redakteur", "redakteurin", "correspondant",
            "corresponsal", "anonymous", "unknown", "moderator", "author", "autor", "auteur", "автор");
    /** Credentials and suffixes that follow a name after a comma: "Ilana Muhlstein, MS, RDN". */
    private static final Set<String> CREDENTIALS = Set.of("phd", "ph.d.", "md", "m.d.", "ms", "msc", "ma", "mba",
            "mph", "rd", "rdn", "rn", "ld", "cpt", "cscs", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "esq", "esq.");
    /** Words of an organisation: such a part after a person's name is their employer, not a second author. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("press", "news", "media", "agency", "service",
            "wire", "times", "post", "journal", "magazine", "daily", "weekly", "network", "group", "business",
            "sport", "sports", "online", "radio", "tv", "international", "inc", "inc.", "ltd", "llc", "reuters",
            "afp", "ap", "dpa", "efe", "ria", "tass");
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du",
            "van", "von", "der", "den", "ter", "la", "le", "al", "el", "bin", "ibn", "ben", "y", "e", "zu", "af", "av",
            "st.", "dei", "des", "vom", "zum", "zur");

    private AuthorNames() {
    }

    /** The names in one credit, in order and without repeats; empty when none looks like a name. */
    static List<String> of(String credit) {
        String text = HtmlBodyWalker.normalize(credit == null ? "" : credit);
        if (text.isEmpty() || text.length() > MAX_CREDIT) {
            return List.of();
        }
        text = URL.matcher(text).replaceAll(" ");
        text = EMAIL_OR_HANDLE.matcher(text).replaceAll(" ");
        text = HtmlBodyWalker.normalize(text);
        for (int i = 0; i < 3; i++) {
            String stripped = PREFIX.matcher(text).replaceFirst("");
            if (stripped.equals(text)) {
                break;
            }
            text = stripped;
        }
        text = beforeDate(text);
        String[] roleCut = ROLE_CUT.split(text, 2);
        text = roleCut.length == 0 ? "" : roleCut[0];
        List<String> names = new ArrayList<>();
        for (String part : SEPARATORS.split(text)) {
            String name = trimPunctuation(part);
            if (name.isEmpty() || isCredential(name)) {
                continue;
            }
            if (isRole(name) || !names.isEmpty() && isOrganisation(name)) {
                continue;
            }
            if (!plausible(name)) {
                // one part reads as a phrase ("Syrian defense ministries"): the whole credit is no list of names
                return List.of();
            }
            if (names.stream().noneMatch(name::equalsIgnoreCase)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** The text without a leading "By", "Written by", "Von", "Автор:" and the like (the text itself when it has none). */
    static String withoutPrefix(String text) {
        return PREFIX.matcher(text).replaceFirst("");
    }

    /** The credit up to where a date starts: a weekday, a month before or after a number, a number. */
    private static String beforeDate(String text) {
        String[] tokens = text.split(" ");
        for (int i = 0; i < tokens.length; i++) {
            String token = trimPunctuation(tokens[i]);
            String lower = token.toLowerCase(Locale.ROOT);
            boolean nextIsNumber = i + 1 < tokens.length && !tokens[i + 1].isEmpty()
                    && Character.isDigit(tokens[i + 1].charAt(0));
            boolean date = WEEKDAYS.contains(lower) || !token.isEmpty() && Character.isDigit(token.charAt(0))
                    || MonthNames.number(lower) != 0 && nextIsNumber;
            if (date) {
                int end = i;
                while (end > 0 && STOP_WORDS.contains(trimPunctuation(tokens[end - 1]).toLowerCase(Locale.ROOT))) {
                    end--;
                }
                return String.join(" ", List.of(tokens).subList(0, end));
            }
        }
        return text;
    }

    /** A role, desk or login rather than a person: "AP Auto Writer", "Courier Staff", "jdadmin". */
    private static boolean isRole(String part) {
        for (String token : part.split(" ")) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (ROLE_WORDS.contains(lower) || lower.contains("admin")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCredential(String part) {
        return CREDENTIALS.contains(part.toLowerCase(Locale.ROOT));
    }

    private static boolean isOrganisation(String part) {
        for (String token : part.split(" ")) {
            if (ORGANISATION_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        // a lone upper-case acronym after a name is the outlet: "Sandee LaMotte, CNN"
        return part.length() <= 5 && part.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    /** Whether a part reads as a person's (or a named outlet's) name rather than a login or a phrase. */
    static boolean plausible(String name) {
        if (name.length() > MAX_NAME || name.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        String[] tokens = name.split(" ");
        if (tokens.length > MAX_TOKENS) {
            return false;
        }
        boolean capitalised = false;
        boolean lowerWord = false;
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.ROOT);
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                boolean allowed = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                        || c == '.' || c == '-' || c == '’' || c == '\'' || Character.isSurrogate(c);
                if (!allowed) {
                    return false;
                }
            }
            int first = token.codePointAt(0);
            if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
                capitalised = true;
            } else if (Character.isLowerCase(first) && !PARTICLES.contains(lower)) {
                lowerWord = true;
            }
        }
        // "Syrian defense ministries" mixes cases the way phrases do; a name in one case ("bell hooks") passes, but
        // not a run of lower-case words as long as a clause ("popular request we are now open")
        return !(capitalised && lowerWord) && (capitalised || tokens.length <= MAX_LOWER_CASE_TOKENS);
    }

    private static String trimPunctuation(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && " ,;:|·•–—-\"“”«»".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && " ,;:|·•–—-\"“”«»".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }
}
