package org.archivist.ingest.archive.html;

import java.util.regex.Pattern;

/**
 * Teasers: posts a listing shows in part, with a link to the rest ("Read more", "Continue reading",
 * "Weiterlesen", "Leer más", "Lire la suite", "Leia mais", "Читать далее", …) or an ellipsis at the end.
 */
final class Teasers {

    private static final String PHRASES = "read more|read the rest|read full (?:story|article|post)|continue reading"
            + "|keep reading|more|weiterlesen|mehr lesen|mehr erfahren|mehr|leer más|leer mas|seguir leyendo|lire la suite"
            + "|lire plus|en savoir plus|leia mais|continuar lendo|continue lendo|saiba mais|leggi tutto|continua a leggere"
            + "|lees meer|verder lezen|czytaj dalej|читать далее|читать дальше|читать полностью|подробнее|далее";
    /** A whole link or paragraph that only invites to read on ("Continue reading <title> →" included). */
    private static final Pattern TEASER_LINK = Pattern.compile("(?iu)^[\\[(«]?\\s*(?:" + PHRASES
            + ")(?:\\b.{0,120})?$");
    private static final Pattern ELLIPSIS_END = Pattern.compile("(?:…|\\.\\.\\.|\\[…]|\\[\\.\\.\\.]|\\[&hellip;])\\s*[»›→]?$");

    private Teasers() {
    }

    static boolean isTeaserLink(String text) {
        String normal = HtmlBodyWalker.normalize(text);
        return !normal.isEmpty() && normal.length() <= 160 && TEASER_LINK.matcher(normal).matches();
    }

    static boolean endsWithEllipsis(String text) {
        return ELLIPSIS_END.matcher(text).find();
    }

    /** The paragraph without the teaser link's text at its end ("… Read more »"); unchanged when it has none. */
    static String stripTrailing(String paragraph, String linkText) {
        String link = HtmlBodyWalker.normalize(linkText);
        if (!link.isEmpty() && paragraph.endsWith(link) && paragraph.length() > link.length()) {
            return paragraph.substring(0, paragraph.length() - link.length()).strip();
        }
        return paragraph;
    }
}
