package org.archivist.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.archivist.contract.Article;
import org.archivist.contract.Category;
import org.junit.jupiter.api.Test;

class TopicClassifierTests {

    private static final String WAR = "medtop:16000000";
    private static final String CRIME = "medtop:02000000";
    private static final String DISASTER = "medtop:03000000";
    private static final String SPORT = "medtop:15000000";
    private static final String ECONOMY = "medtop:04000000";

    private static final String QUAKE = "Rescuers searched the rubble of collapsed houses through the night after the "
            + "earthquake struck the mountain villages. The death toll rose to 40 and hundreds of survivors were "
            + "evacuated to tents as aftershocks continued to shake the region.";

    private final TopicClassifier classifier = new TopicClassifier();

    private static Article article(String title, List<String> sourceCategories, String... paragraphs) {
        return new Article(1, "id", "test", null, title, List.of(), null, sourceCategories, List.of(),
                List.of(paragraphs), List.of(), List.of(), null, null, null, null, null, false, null);
    }

    private List<Category> inferred(String title, String... paragraphs) {
        return classifier.categorize(article(title, List.of(), paragraphs)).stream()
                .filter(c -> c.origin().equals(Category.ORIGIN_INFERRED))
                .toList();
    }

    private static List<String> codes(List<Category> categories) {
        return categories.stream().map(Category::code).toList();
    }

    @Test
    void keepsASourceCategoryAsWrittenUnderASlugCode() {
        List<Category> categories = classifier.categorize(article("", List.of("  U.S.A  ")));

        assertThat(categories).containsExactly(
                new Category("source:u-s-a", "U.S.A", 1.0, Category.ORIGIN_SOURCE, List.of()));
    }

    @Test
    void foldsAccentsAndCaseInSlugs() {
        assertThat(SourceCategories.slug("Économie")).isEqualTo("economie");
        assertThat(SourceCategories.slug("Arts & Culture / Books")).isEqualTo("arts-culture-books");
        assertThat(SourceCategories.slug("Россия")).isEqualTo("россия");
    }

    @Test
    void addsTheIptcTopicThatASourceLabelPlainlyNames() {
        List<Category> categories = classifier.categorize(article("", List.of("Sports")));

        assertThat(categories).containsExactly(
                new Category("source:sports", "Sports", 1.0, Category.ORIGIN_SOURCE, List.of()),
                new Category(SPORT, "sport", 1.0, Category.ORIGIN_SOURCE, List.of("source category: Sports")));
    }

    @Test
    void mapsEveryTopicNamedInOneLabel() {
        List<Category> categories = classifier.categorize(article("", List.of("Health and Science")));

        assertThat(codes(categories)).containsExactly("source:health-and-science", "medtop:07000000",
                "medtop:13000000");
    }

    @Test
    void mapsLabourUnderEitherSpellingAndWarAndCourts() {
        assertThat(codes(classifier.categorize(article("", List.of("Labor", "Courts", "War")))))
                .containsExactly("source:labor", "source:courts", "source:war", "medtop:09000000", CRIME, WAR);
    }

    @Test
    void mergesTheEvidenceOfLabelsNamingTheSameTopic() {
        List<Category> categories = classifier.categorize(article("", List.of("Sport", "Sports", "Sport")));

        assertThat(categories).hasSize(3);
        assertThat(categories.get(2).evidence()).containsExactly("source category: Sport", "source category: Sports");
    }

    @Test
    void keepsALabelThatNamesNoTopicOnlyAsASlug() {
        assertThat(codes(classifier.categorize(article("", List.of("Opinion", " ", "Long reads")))))
                .containsExactly("source:opinion", "source:long-reads");
    }

    @Test
    void infersNothingFromAShortText() {
        assertThat(inferred("Earthquake", "An earthquake killed dozens and rescuers searched the rubble.")).isEmpty();
    }

    @Test
    void infersNothingFromAnEmptyArticle() {
        assertThat(classifier.categorize(article(null, List.of()))).isEmpty();
    }

    @Test
    void infersADisasterFromAnEarthquakeReport() {
        List<Category> categories = inferred("Earthquake kills dozens", QUAKE);

        assertThat(codes(categories)).containsExactly(DISASTER);
        Category disaster = categories.getFirst();
        assertThat(disaster.label()).isEqualTo("disaster, accident and emergency incident");
        assertThat(disaster.origin()).isEqualTo(Category.ORIGIN_INFERRED);
    }

    @Test
    void labelsAWarCrimesTrialAsBothWarAndCrime() {
        List<Category> categories = inferred("Militia commander on trial for war crimes",
                "A former militia commander went on trial for war crimes on Monday. Prosecutors told the judges "
                        + "that his fighters shelled villages and executed prisoners during the civil war. His "
                        + "lawyer said he would plead not guilty, and the court will hear 60 witnesses.");

        assertThat(codes(categories)).contains(WAR, CRIME);
    }

    @Test
    void givesTheTermsThatDroveATopicAsEvidence() {
        Category disaster = inferred("Earthquake kills dozens", QUAKE).getFirst();

        assertThat(disaster.evidence()).hasSizeLessThanOrEqualTo(TopicClassifier.MAX_EVIDENCE)
                .contains("earthquake", "death toll");
        assertThat(disaster.evidence().getFirst()).isEqualTo("earthquake");
    }

    @Test
    void weighsATermInTheTitleMoreThanInTheBody() {
        String body = "The club confirmed the news on Monday. Supporters gathered outside the ground and the "
                + "players thanked them for their loyalty through a difficult season in the league.";

        double withTitle = scoreOf(SPORT, inferred("Coach leaves club", body));
        double withoutTitle = scoreOf(SPORT, inferred("News from Monday", body));

        assertThat(withTitle).isGreaterThan(withoutTitle);
    }

    @Test
    void ignoresCaseAndPluralsOfLexiconTerms() {
        String plural = "NEGOTIATIONS on a CEASEFIRE resumed as TROOPS and REBELS exchanged ARTILLERY fire along "
                + "the front line, and several SOLDIERS were killed in the shelling near the border.";
        String singular = "negotiation on a ceasefire resumed as troop and rebel exchanged artillery fire along "
                + "the front line, and several soldier were killed in the shelling near the border.";

        assertThat(inferred("", plural)).isEqualTo(inferred("", singular));
        assertThat(codes(inferred("", plural))).containsExactly(WAR);
    }

    @Test
    void keepsEveryScoreBetweenZeroAndOneInDescendingOrder() {
        List<Category> categories = inferred("Militia commander on trial for war crimes after earthquake",
                QUAKE + " Prosecutors said the militia commander ordered troops to shell villages, and the court "
                        + "heard that soldiers executed prisoners during the war.");

        assertThat(categories).isNotEmpty().allSatisfy(c -> assertThat(c.score()).isBetween(0.0, 1.0));
        assertThat(categories).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void doesNotCountAWordInsideALongerPhraseOnItsOwn() {
        List<Category> categories = inferred("Trade war hits exporters",
                "The trade war between the two economies hit exporters hard this quarter as tariffs on steel and "
                        + "cars rose again. Investors sold shares and economists cut their growth forecasts, while "
                        + "the central bank said inflation would stay high.");

        assertThat(codes(categories)).contains(ECONOMY).doesNotContain(WAR);
    }

    @Test
    void ignoresStopPhrasesSuchAsInCharge() {
        List<Category> categories = inferred("New head of the museum",
                "The painter who is now in charge of the museum said the gallery would show more sculpture and "
                        + "contemporary art. Entry will remain free of charge, and the exhibition programme for "
                        + "next year includes a retrospective of a famous artist.");

        assertThat(codes(categories)).containsExactly("medtop:01000000");
    }

    @Test
    void putsSourceCategoriesBeforeInferredOnes() {
        List<Category> categories = classifier.categorize(article("Earthquake kills dozens", List.of("World"), QUAKE));

        assertThat(categories).extracting(Category::origin)
                .containsExactly(Category.ORIGIN_SOURCE, Category.ORIGIN_INFERRED);
    }

    @Test
    void givesTheSameAnswerFromManyThreads() {
        List<Category> expected = inferred("Earthquake kills dozens", QUAKE);

        List<List<Category>> results = IntStream.range(0, 200).parallel()
                .mapToObj(i -> inferred("Earthquake kills dozens", QUAKE))
                .toList();

        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    private static double scoreOf(String code, List<Category> categories) {
        return categories.stream().filter(c -> c.code().equals(code)).mapToDouble(Category::score).findFirst()
                .orElse(0);
    }
}
