package org.archivist.enrich;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The three tables enrichment computes from: the topic lexicon, the source categories and the gazetteer. The
 * defaults are on the classpath; a directory ({@code archivist.enrich.tables}) may replace any of them with a file of
 * the same name, so that a newsroom can tune a lexicon without a build. Plain Java.
 */
public record EnrichmentTables(EnrichmentTable lexicon, EnrichmentTable sourceCategories, EnrichmentTable gazetteer) {

    public static final String LEXICON = "lexicon.txt";
    public static final String SOURCE_CATEGORIES = "source-categories.txt";
    public static final String GAZETTEER = "gazetteer.txt";

    /** How many hex digits of the digest {@link #version} keeps: enough to tell any two sets of tables apart. */
    private static final int VERSION_DIGITS = 12;

    /** The tables that ship with enrich-service. */
    public static EnrichmentTables defaults() {
        return new EnrichmentTables(EnrichmentTable.classpath("topics/" + LEXICON, "Topic lexicon"),
                EnrichmentTable.classpath("topics/" + SOURCE_CATEGORIES, "Source category table"),
                EnrichmentTable.classpath("places/" + GAZETTEER, "Gazetteer"));
    }

    /**
     * The defaults, each replaced by the file of its name in {@code directory} when there is one.
     *
     * @throws IllegalArgumentException when {@code directory} is not a directory: a typo must not silently fall back
     */
    public static EnrichmentTables from(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("archivist.enrich.tables is not a directory: " + directory);
        }
        EnrichmentTables defaults = defaults();
        return new EnrichmentTables(
                replaced(defaults.lexicon(), directory.resolve(LEXICON), "Topic lexicon"),
                replaced(defaults.sourceCategories(), directory.resolve(SOURCE_CATEGORIES), "Source category table"),
                replaced(defaults.gazetteer(), directory.resolve(GAZETTEER), "Gazetteer"));
    }

    private static EnrichmentTable replaced(EnrichmentTable table, Path file, String what) {
        return Files.isRegularFile(file) ? EnrichmentTable.file(file, what) : table;
    }

    /**
     * The enrichment version of these tables under the given code: {@code <code>+<digest>}, where the digest covers
     * the code's version and every table's content. Any change to a table or to the code gives a new version, and
     * the same build with the same tables always gives the same one.
     *
     * @param code the enrichment code's version, e.g. the build's version and commit
     */
    public String version(String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(code, lexicon.text(), sourceCategories.text(), gazetteer.text())) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return code + "+" + HexFormat.of().formatHex(sha.digest()).substring(0, VERSION_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
