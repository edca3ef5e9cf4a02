package nl.samenwerkingskaart.portraits.domain.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenwerkingskaart.portraits.domain.Section;

/**
 * The feedback a contact sends in one go: a remark per section, any of them empty, at least one filled in. Field
 * names are {@code feedback-<section code>}. Texts are kept as typed (line breaks included) but without control
 * characters, and each is at most {@link #MAX_LENGTH} characters.
 */
public final class FeedbackForm {

    public static final int MAX_LENGTH = 4_000;
    public static final String FIELD_PREFIX = "feedback-";

    private FeedbackForm() {}

    /** What was sent: the remarks by section, or the problems by field name (message keys). */
    public record Result(Map<Section, String> remarks, Map<String, String> problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    public static String field(Section section) {
        return FIELD_PREFIX + section.code();
    }

    /** Reads the fields of every section; unknown field names are ignored. */
    public static Result read(Map<String, String> fields) {
        Map<Section, String> remarks = new EnumMap<>(Section.class);
        Map<String, String> problems = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            String text = clean(fields.get(field(section)));
            if (text.length() > MAX_LENGTH) {
                problems.put(field(section), "review.feedback.tooLong");
            } else if (!text.isEmpty()) {
                remarks.put(section, text);
            }
        }
        if (remarks.isEmpty() && problems.isEmpty()) {
            problems.put(field(Section.GENERAL), "review.feedback.empty");
        }
        return new Result(remarks, problems);
    }

    /** The sections of a form in page order, for the fields a page offers. */
    public static List<Section> sections() {
        return new ArrayList<>(List.of(Section.values()));
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        // No early stop at MAX_LENGTH: blanks stripped at either end must not push text out of a remark that fits.
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
