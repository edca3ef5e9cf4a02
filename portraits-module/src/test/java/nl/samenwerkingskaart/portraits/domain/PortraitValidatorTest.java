package nl.samenwerkingskaart.portraits.domain;

import static nl.samenwerkingskaart.portraits.TestPortraits.portrait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenwerkingskaart.portraits.TestPortraits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PortraitValidatorTest {

    private final PortraitValidator validator = new PortraitValidator(TestPortraits.REGIONS);

    private List<FieldProblem> problems(TestPortraits.Builder builder) {
        return validator.problems(builder.build());
    }

    private static FieldProblem problem(String field, String key, String... arguments) {
        return FieldProblem.of(field, key, arguments);
    }

    @Test
    void aCompletePortraitHasNoProblemsForDraftOrPublishing() {
        assertEquals(List.of(), validator.problems(portrait().build()));
        assertEquals(List.of(), validator.problemsForPublishing(portrait().build(), true));
    }

    @Test
    void theTitleIsRequiredAndAtMost200Characters() {
        assertEquals(List.of(problem("title", "portrait.title.required")), problems(portrait().title("  \n ")));
        assertEquals(List.of(problem("title", "portrait.title.required")), problems(portrait().title(null)));
        assertEquals(List.of(), problems(portrait().title("t".repeat(200))));
        assertEquals(List.of(problem("title", "portrait.tooLong", "200")), problems(portrait().title("t".repeat(201))));
        assertEquals(List.of(), problems(portrait().title("  " + "t".repeat(200) + "  ")),
                "surrounding blanks do not count");
    }

    @Test
    void atLeastOneKnownRegionEachOnce() {
        assertEquals(List.of(problem("regions", "portrait.regions.required")), problems(portrait().regions()));
        assertEquals(List.of(problem("regions", "portrait.regions.unknown", "AM99")),
                problems(portrait().regions("AM20", "AM99")));
        assertEquals(List.of(problem("regions", "portrait.regions.repeated")),
                problems(portrait().regions("AM20", "AM01", "AM20")));
        assertEquals(List.of(problem("regions", "portrait.regions.unknown", "XX"),
                problem("regions", "portrait.regions.unknown", "XX"), problem("regions", "portrait.regions.repeated")),
                problems(portrait().regions("XX", "XX")));
        assertEquals(List.of(), problems(portrait().regions("AM01", "AM35")));
    }

    @Test
    void theSummaryIsRequiredAndAtMost2000Characters() {
        assertEquals(List.of(problem("summary", "portrait.summary.required")), problems(portrait().summary("")));
        assertEquals(List.of(), problems(portrait().summary("s".repeat(2000))));
        assertEquals(List.of(problem("summary", "portrait.tooLong", "2000")),
                problems(portrait().summary("s".repeat(2001))));
    }

    @Test
    void typologyTagsMustBeKnownCodes() {
        assertEquals(List.of(), problems(portrait().typologyTags()));
        for (TypologyTag tag : TypologyTag.values()) {
            assertEquals(List.of(), problems(portrait().typologyTags(tag.code())), tag.code());
        }
        assertEquals(List.of(problem("typologyTags", "portrait.typology.unknown", "NETWORK")),
                problems(portrait().typologyTags("netwerk", "NETWORK")), "the code, not the enum's name");
    }

    @Test
    void theSectionTextsAreOptionalAndAtMost20000Characters() {
        String max = "x".repeat(20_000);
        String over = max + "x";
        assertEquals(List.of(), problems(portrait().typology("").strengths("").weaknesses("").recommendations("")));
        assertEquals(List.of(), problems(portrait().typology(max).strengths(max).weaknesses(max).recommendations(max)));
        assertEquals(List.of(problem("typology", "portrait.tooLong", "20000")), problems(portrait().typology(over)));
        assertEquals(List.of(problem("strengths", "portrait.tooLong", "20000")), problems(portrait().strengths(over)));
        assertEquals(List.of(problem("weaknesses", "portrait.tooLong", "20000")),
                problems(portrait().weaknesses(over)));
        assertEquals(List.of(problem("recommendations", "portrait.tooLong", "20000")),
                problems(portrait().recommendations(over)));
    }

    @Test
    void authorsMayNotBeBlankOrLongerThan200() {
        assertEquals(List.of(), problems(portrait().authors(List.of("a".repeat(200)))));
        assertEquals(List.of(problem("authors", "portrait.authors.invalid", "200")),
                problems(portrait().authors(List.of("a".repeat(201)))));
        assertEquals(List.of(problem("authors", "portrait.authors.invalid", "200")),
                problems(portrait().authors(List.of("dr. A. de Vries", " "))));
        assertEquals(List.of(), problems(portrait().authors(List.of())), "a draft needs no authors");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/portretten/twente.pdf", "/content/site/bestanden/twente.pdf",
            "/static/a/b/c-d_e(1).pdf"})
    void aPdfInStaticOrContentIsAccepted(String path) {
        assertEquals(List.of(), problems(portrait().pdfPath(path)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"static/twente.pdf", "/etc/twente.pdf", "/static/", "https://example.org/twente.pdf",
            "/static/twee woorden.pdf", "/static/<script>.pdf", "/static/\"x\".pdf", "/var/samenwerkingskaart/x.pdf",
            "/static/../var/samenwerkingskaart/reviews/x", "/content/site/../../var/x.pdf", "/static//x.pdf"})
    void otherPdfPathsAreRefused(String path) {
        assertEquals(List.of(problem("pdf", "portrait.pdf.path")), problems(portrait().pdfPath(path)));
    }

    @Test
    void relatedPublicationsArePagesOfTheSite() {
        assertEquals(List.of(), problems(portrait().related("/content/site/a", "/content/site/b.html")));
        assertEquals(List.of(problem("related", "portrait.related.path", "/static/x.pdf"),
                problem("related", "portrait.related.path", "https://example.org"),
                problem("related", "portrait.related.path", "/content/x y"),
                problem("related", "portrait.related.path", "/content/../apps/x")),
                problems(portrait().related("/static/x.pdf", "https://example.org", "/content/x y",
                        "/content/../apps/x")));
    }

    @Test
    void publishingAlsoNeedsAuthorsADateAndAnExistingPdf() {
        assertEquals(List.of(problem("authors", "portrait.authors.required"),
                problem("publicationDate", "portrait.publicationDate.required"),
                problem("pdf", "portrait.pdf.required")),
                validator.problemsForPublishing(portrait().authors(List.of()).publicationDate(null).pdfPath(null)
                        .build(), false));
        assertEquals(List.of(problem("pdf", "portrait.pdf.missing", TestPortraits.PDF)),
                validator.problemsForPublishing(portrait().build(), false));
    }

    @Test
    void publishingReportsTheDraftProblemsFirst() {
        List<FieldProblem> problems = validator.problemsForPublishing(portrait().title("").publicationDate(null)
                .build(), true);
        assertEquals(List.of(problem("title", "portrait.title.required"),
                problem("publicationDate", "portrait.publicationDate.required")), problems);
    }

    @Test
    void everyProblemKeyHasATextInBothLanguages() {
        List<FieldProblem> all = new java.util.ArrayList<>(validator.problemsForPublishing(portrait().title("")
                .regions().summary("").typologyTags("x").typology("x".repeat(20_001)).authors(List.of())
                .publicationDate(null).pdfPath("x").related("x").build(), false));
        all.addAll(validator.problemsForPublishing(portrait().regions("AM20", "AM20", "XX").build(), false));
        all.addAll(validator.problems(portrait().authors(List.of("")).build()));
        assertTrue(all.size() >= 12, all.toString());
        for (FieldProblem problem : all) {
            for (java.util.Locale locale : List.of(java.util.Locale.ROOT, java.util.Locale.ENGLISH)) {
                String text = PortraitMessages.text(locale, problem);
                assertTrue(!text.equals(problem.key()) && !text.contains("{"), problem + ": " + text);
            }
        }
    }
}
