package nl.samenwerkingskaart.portraits.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A regional portrait as its editor wrote it (CONTENT-MODEL: Portrait). The texts are plain text with blank lines
 * between paragraphs; lists are never null, texts may be empty.
 *
 * @param path the portrait page's path, e.g. {@code /content/site/portretten/twente}
 * @param id the stable id of its review round data; null until the first invitation
 * @param title the page title
 * @param regions labour-market region codes ({@code AM01}..), the first one is the main region
 * @param summary the summary shown in lists and at the top
 * @param typologyTags codes of {@link TypologyTag}
 * @param typology how the cooperation in the region is typified, in words
 * @param strengths strong points
 * @param weaknesses weak points
 * @param recommendations recommendations
 * @param goodPractices ids of published initiatives on the map
 * @param authors names with titles, e.g. "dr. A. de Vries"
 * @param publicationDate the date it was (or will be) published; null when not set
 * @param pdfPath the path of the PDF in Static Content; null when none was chosen
 * @param related paths of other publications ("Lees ook")
 * @param published whether Sling CMS publishes the page
 */
public record Portrait(
        String path,
        String id,
        String title,
        List<String> regions,
        String summary,
        List<String> typologyTags,
        String typology,
        String strengths,
        String weaknesses,
        String recommendations,
        List<String> goodPractices,
        List<String> authors,
        LocalDate publicationDate,
        String pdfPath,
        List<String> related,
        boolean published) {

    public Portrait {
        regions = List.copyOf(regions);
        typologyTags = List.copyOf(typologyTags);
        goodPractices = List.copyOf(goodPractices);
        authors = List.copyOf(authors);
        related = List.copyOf(related);
        title = text(title);
        summary = text(summary);
        typology = text(typology);
        strengths = text(strengths);
        weaknesses = text(weaknesses);
        recommendations = text(recommendations);
    }

    /** The main region, the first of {@link #regions}; null when none. */
    public String mainRegion() {
        return regions.isEmpty() ? null : regions.get(0);
    }

    /** The text of a section that visitors read and reviewers comment on; empty for sections without text. */
    public String text(Section section) {
        return switch (section) {
            case SUMMARY -> summary;
            case TYPOLOGY -> typology;
            case STRENGTHS -> strengths;
            case WEAKNESSES -> weaknesses;
            case RECOMMENDATIONS -> recommendations;
            default -> "";
        };
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
