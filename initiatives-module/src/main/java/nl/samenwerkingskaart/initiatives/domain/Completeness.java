package nl.samenwerkingskaart.initiatives.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Which public fields of an initiative are still empty. The site shows them to visitors as an invitation to complete
 * the initiative, so only fields a visitor can supply count; a party without a town does not.
 */
public final class Completeness {

    /** The fields that count, in the order they are listed. */
    public static final List<String> FIELDS =
            List.of("website", "contact", "description", "startYear", "sectors", "themes");

    private Completeness() {}

    public static List<String> missing(Initiative initiative) {
        List<String> missing = new ArrayList<>();
        if (isEmpty(initiative.website())) {
            missing.add("website");
        }
        if (isEmpty(initiative.contact())) {
            missing.add("contact");
        }
        if (PlainText.of(initiative.description()) == null) {
            missing.add("description");
        }
        if (initiative.startYear() == null) {
            missing.add("startYear");
        }
        if (initiative.sectors().isEmpty()) {
            missing.add("sectors");
        }
        if (initiative.themes().isEmpty()) {
            missing.add("themes");
        }
        return List.copyOf(missing);
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isBlank();
    }
}
