package org.archivist.ingest.archive.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that stand for an image or a file rather than text: {@code Image for post} (its caption
 * follows), {@code JPEG - 71.3 kb}, {@code (PDF – 2.4 Mb)}, {@code Attached documents}.
 */
final class MediaPlaceholders {

    /** What kind of placeholder a line is. */
    enum Kind {
        /** Not a placeholder: text. */
        NONE,
        /** An image whose caption is the next non-blank line. */
        CAPTIONED_IMAGE,
        /** A heading over a list of attached files. */
        ATTACHMENTS,
        /** A file with its type and size. */
        FILE
    }

    private static final int MAX_LENGTH = 80;
    /** The longest caption or attachment heading below, with room for a colon. */
    private static final int MAX_HEADING = 24;
    private static final Set<String> CAPTIONED = Set.of("image for post", "photo for post");
    private static final Set<String> ATTACHMENT_HEADINGS = Set.of(
            "attached documents", "attachments", "attached files", "documents joints", "pièces jointes",
            "прикреплённые файлы", "прикрепленные файлы", "вложения", "documentos adjuntos", "anexos");
    private static final Pattern FILE = Pattern.compile(
            "(?iu)\\(?\\s{0,3}(?:jpe?g|png|gif|webp|svg|tiff?|bmp|heic|pdf|docx?|xlsx?|pptx?|od[tsp]|rtf|txt|csv|zip|rar|7z"
                    + "|mp3|mp4|m4a|mov|avi|wav|ogg|webm|epub)\\s{0,3}[-–—:,]?\\s{0,3}\\d{1,9}(?:[.,]\\d{1,3})?\\s{0,3}"
                    + "(?:[kmgt]i?b|[kmg]o|bytes?|octets?|кб|мб|байт)\\s{0,3}\\)?");

    private MediaPlaceholders() {
    }

    static Kind kind(String line) {
        if (line.isEmpty() || line.length() > MAX_LENGTH) {
            return Kind.NONE;
        }
        if (line.length() <= MAX_HEADING) {
            String key = FooterParser.stripTrailing(line, ":.").toLowerCase(Locale.ROOT);
            if (CAPTIONED.contains(key)) {
                return Kind.CAPTIONED_IMAGE;
            }
            if (ATTACHMENT_HEADINGS.contains(key)) {
                return Kind.ATTACHMENTS;
            }
        }
        char last = line.charAt(line.length() - 1);
        boolean mayBeFile = (Character.isLetter(last) || last == ')') && line.chars().anyMatch(c -> c >= '0' && c <= '9');
        return mayBeFile && FILE.matcher(line).matches() ? Kind.FILE : Kind.NONE;
    }

    static boolean isPlaceholder(String line) {
        return kind(line) != Kind.NONE;
    }
}
