package nl.samenwerkingskaart.portraits.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules of CONTENT-MODEL for a portrait. {@link #problems} lists what must be right for a portrait to be saved
 * as a draft (title, at least one known region, summary, valid codes and paths); {@link #problemsForPublishing}
 * adds what a published portrait needs besides: authors, a publication date and its PDF.
 */
public final class PortraitValidator {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 2_000;
    public static final int MAX_SECTION = 20_000;
    public static final int MAX_AUTHOR = 200;

    /** Path segments: no empty ones, and no "." or ".." (which would lead out of /content or /static). */
    private static final String SEGMENTS = "(/(?!\\.\\.?(?:/|$))[^/\\s<>\"']+)+";
    private static final Pattern CONTENT_PATH = Pattern.compile("/content" + SEGMENTS);
    private static final Pattern FILE_PATH = Pattern.compile("/(static|content)" + SEGMENTS);

    private final Predicate<String> knownRegion;

    /** @param knownRegion whether a code is a labour-market region of the map */
    public PortraitValidator(Predicate<String> knownRegion) {
        this.knownRegion = knownRegion;
    }

    public List<FieldProblem> problems(Portrait portrait) {
        List<FieldProblem> problems = new ArrayList<>();
        requireText(problems, "title", portrait.title(), MAX_TITLE);
        if (portrait.regions().isEmpty()) {
            problems.add(FieldProblem.of("regions", "portrait.regions.required"));
        }
        for (String region : portrait.regions()) {
            if (!knownRegion.test(region)) {
                problems.add(FieldProblem.of("regions", "portrait.regions.unknown", region));
            }
        }
        if (Set.copyOf(portrait.regions()).size() < portrait.regions().size()) {
            problems.add(FieldProblem.of("regions", "portrait.regions.repeated"));
        }
        requireText(problems, "summary", portrait.summary(), MAX_SUMMARY);
        for (String tag : portrait.typologyTags()) {
            if (TypologyTag.ofCode(tag).isEmpty()) {
                problems.add(FieldProblem.of("typologyTags", "portrait.typology.unknown", tag));
            }
        }
        limit(problems, "typology", portrait.typology());
        limit(problems, "strengths", portrait.strengths());
        limit(problems, "weaknesses", portrait.weaknesses());
        limit(problems, "recommendations", portrait.recommendations());
        for (String author : portrait.authors()) {
            if (author.isBlank() || author.length() > MAX_AUTHOR) {
                problems.add(FieldProblem.of("authors", "portrait.authors.invalid", String.valueOf(MAX_AUTHOR)));
            }
        }
        if (portrait.pdfPath() != null && !FILE_PATH.matcher(portrait.pdfPath()).matches()) {
            problems.add(FieldProblem.of("pdf", "portrait.pdf.path"));
        }
        for (String related : portrait.related()) {
            if (!CONTENT_PATH.matcher(related).matches()) {
                problems.add(FieldProblem.of("related", "portrait.related.path", related));
            }
        }
        return problems;
    }

    /**
     * Everything {@link #problems} finds, and what publishing needs besides.
     *
     * @param pdfIsThere whether {@link Portrait#pdfPath} names a PDF file that exists
     */
    public List<FieldProblem> problemsForPublishing(Portrait portrait, boolean pdfIsThere) {
        List<FieldProblem> problems = new ArrayList<>(problems(portrait));
        if (portrait.authors().isEmpty()) {
            problems.add(FieldProblem.of("authors", "portrait.authors.required"));
        }
        if (portrait.publicationDate() == null) {
            problems.add(FieldProblem.of("publicationDate", "portrait.publicationDate.required"));
        }
        if (portrait.pdfPath() == null) {
            problems.add(FieldProblem.of("pdf", "portrait.pdf.required"));
        } else if (!pdfIsThere) {
            problems.add(FieldProblem.of("pdf", "portrait.pdf.missing", portrait.pdfPath()));
        }
        return problems;
    }

    private static void requireText(List<FieldProblem> problems, String field, String value, int max) {
        if (value.isBlank()) {
            problems.add(FieldProblem.of(field, "portrait." + field + ".required"));
        } else if (value.length() > max) {
            problems.add(FieldProblem.of(field, "portrait.tooLong", String.valueOf(max)));
        }
    }

    private static void limit(List<FieldProblem> problems, String field, String value) {
        if (value.length() > MAX_SECTION) {
            problems.add(FieldProblem.of(field, "portrait.tooLong", String.valueOf(MAX_SECTION)));
        }
    }
}
