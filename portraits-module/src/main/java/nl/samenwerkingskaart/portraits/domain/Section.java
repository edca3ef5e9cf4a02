package nl.samenwerkingskaart.portraits.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The parts of a portrait that a reviewer can comment on; {@link #GENERAL} is the portrait as a whole. */
public enum Section {
    GENERAL,
    SUMMARY,
    TYPOLOGY,
    STRENGTHS,
    WEAKNESSES,
    RECOMMENDATIONS,
    GOOD_PRACTICES,
    PDF;

    /** The code in forms and in the repository, e.g. {@code good-practices}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Section> ofCode(String code) {
        return Arrays.stream(values()).filter(section -> section.code().equals(code)).findFirst();
    }
}
