package org.archivist.enrich.footnotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.archivist.contract.Footnote;
import org.archivist.contract.FootnoteLink;
import org.archivist.contract.MarkerPosition;
import org.archivist.contract.UnmatchedMarker;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Marker-to-footnote linking quality of {@link FootnoteLinker} over the hand-labelled articles in
 * {@code footnotes/linking/*.json}. A link is (paragraph, offset, footnote number); precision and recall are
 * micro-averaged over all articles. Unmatched markers and uncited footnotes are compared per article.
 */
final class LinkingEvaluation {

    static final String FOLDER = "/footnotes/linking";

    record Fixture(String name, List<String> paragraphs, List<Footnote> footnotes, Set<Link> links,
            Set<Link> unmatched, List<Integer> uncited) {
    }

    record Link(int paragraph, int offset, int number) {
    }

    record Result(int articles, int gold, int predicted, int truePositives, int unmatchedExact, int uncitedExact,
            List<String> errors) {

        double precision() {
            return predicted == 0 ? 1 : (double) truePositives / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private LinkingEvaluation() {
    }

    static List<Fixture> load() {
        JsonMapper mapper = JsonMapper.builder().build();
        URL folder = Objects.requireNonNull(LinkingEvaluation.class.getResource(FOLDER), FOLDER);
        try (Stream<Path> files = Files.list(Paths.get(folder.toURI()))) {
            List<Fixture> fixtures = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                fixtures.add(fixture(file.getFileName().toString(), mapper.readTree(file.toFile())));
            }
            return fixtures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Fixture fixture(String name, JsonNode n) {
        List<String> paragraphs = new ArrayList<>();
        n.get("paragraphs").forEach(p -> paragraphs.add(p.asString()));
        List<Footnote> footnotes = new ArrayList<>();
        n.get("footnotes").forEach(f -> footnotes.add(new Footnote(f.get("number").asInt(), f.get("text").asString())));
        List<Integer> uncited = new ArrayList<>();
        n.get("uncited").forEach(u -> uncited.add(u.asInt()));
        return new Fixture(name, paragraphs, footnotes, links(n.get("links")), links(n.get("unmatched")), uncited);
    }

    private static Set<Link> links(JsonNode array) {
        Set<Link> links = new HashSet<>();
        array.forEach(l -> links.add(new Link(l.get("paragraph").asInt(), l.get("offset").asInt(),
                l.get("number").asInt())));
        return links;
    }

    static Result evaluate(FootnoteLinker linker, List<Fixture> fixtures) {
        int gold = 0;
        int predicted = 0;
        int truePositives = 0;
        int unmatchedExact = 0;
        int uncitedExact = 0;
        List<String> errors = new ArrayList<>();
        for (Fixture fixture : fixtures) {
            FootnoteLinks result = linker.link(fixture.paragraphs(), fixture.footnotes());
            Set<Link> found = new HashSet<>();
            for (FootnoteLink link : result.links()) {
                for (MarkerPosition m : link.markers()) {
                    found.add(new Link(m.paragraph(), m.offset(), link.number()));
                }
            }
            gold += fixture.links().size();
            predicted += found.size();
            for (Link link : found) {
                if (fixture.links().contains(link)) {
                    truePositives++;
                } else {
                    errors.add(fixture.name() + ": spurious " + link + " " + context(fixture, link));
                }
            }
            for (Link link : fixture.links()) {
                if (!found.contains(link)) {
                    errors.add(fixture.name() + ": missed " + link + " " + context(fixture, link));
                }
            }
            Set<Link> unmatched = new HashSet<>();
            for (UnmatchedMarker u : result.unmatchedMarkers()) {
                unmatched.add(new Link(u.paragraph(), u.offset(), u.number()));
            }
            if (unmatched.equals(fixture.unmatched())) {
                unmatchedExact++;
            } else {
                errors.add(fixture.name() + ": unmatched " + unmatched + " expected " + fixture.unmatched());
            }
            if (result.uncitedFootnotes().equals(fixture.uncited())) {
                uncitedExact++;
            } else {
                errors.add(fixture.name() + ": uncited " + result.uncitedFootnotes() + " expected " + fixture.uncited());
            }
        }
        return new Result(fixtures.size(), gold, predicted, truePositives, unmatchedExact, uncitedExact, errors);
    }

    private static String context(Fixture fixture, Link link) {
        String p = fixture.paragraphs().get(link.paragraph());
        int from = Math.max(0, link.offset() - 15);
        int to = Math.min(p.length(), link.offset() + 15);
        return "«" + p.substring(from, to) + "»";
    }
}
