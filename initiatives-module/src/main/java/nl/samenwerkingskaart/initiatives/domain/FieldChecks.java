package nl.samenwerkingskaart.initiatives.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns raw form strings into typed values and writes down every problem on the way, so that one submission gets
 * all its errors at once. Each method returns null (or an empty list) when the value is absent or wrong.
 */
final class FieldChecks {

    static final int MIN_YEAR = 1950;
    static final int MAX_YEAR = 2100;
    static final int MAX_TAGS = 20;

    private static final String SINGLE_LINE = "";
    private static final String MULTI_LINE = "\n\t";
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,20}(?:[.,]\\d{1,20})?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern TAG = Pattern.compile("[a-z0-9-]{1,60}");

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    void add(String field, String code, Object... args) {
        errors.add(FieldError.of(field, code, args));
    }

    /** A one-line text; null when empty and optional. */
    String line(String field, String raw, boolean required, int min, int max) {
        return text(field, InputText.trim(raw), required, min, max, SINGLE_LINE);
    }

    /** A text that may have several lines and tabs, such as a goal. */
    String paragraphs(String field, String raw, boolean required, int max) {
        return text(field, InputText.normaliseLineBreaks(InputText.trim(raw)), required, 0, max, MULTI_LINE);
    }

    private String text(String field, String value, boolean required, int min, int max, String allowed) {
        if (value.isEmpty()) {
            if (required) {
                add(field, FieldError.REQUIRED, min, max);
            }
            return null;
        }
        if (InputText.hasControlCharacter(value, allowed)) {
            add(field, FieldError.CONTROL_CHARACTERS);
            return null;
        }
        int length = InputText.length(value);
        if (length < min) {
            add(field, FieldError.TOO_SHORT, min, max);
            return null;
        }
        if (length > max) {
            add(field, FieldError.TOO_LONG, max, length);
            return null;
        }
        return value;
    }

    /** One of a fixed set of codes (status, level, party kind); null when empty or unknown. */
    <T> T code(String field, String raw, boolean required, Function<String, Optional<T>> parse) {
        String value = InputText.trim(raw);
        if (value.isEmpty()) {
            if (required) {
                add(field, FieldError.REQUIRED);
            }
            return null;
        }
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            add(field, FieldError.UNKNOWN_CODE);
        }
        return parsed.orElse(null);
    }

    /** A required decimal number; Dutch users type a comma as the decimal separator, so both are accepted. */
    Double decimal(String field, String raw) {
        String value = InputText.trim(raw);
        if (value.isEmpty()) {
            add(field, FieldError.REQUIRED);
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            add(field, FieldError.NOT_A_NUMBER);
            return null;
        }
        return Double.parseDouble(value.replace(',', '.'));
    }

    /** An optional year. */
    Integer year(String field, String raw) {
        String value = InputText.trim(raw);
        if (value.isEmpty()) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            add(field, FieldError.INVALID_YEAR, MIN_YEAR, MAX_YEAR);
            return null;
        }
        int year = Integer.parseInt(value);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            add(field, FieldError.INVALID_YEAR, MIN_YEAR, MAX_YEAR);
            return null;
        }
        return year;
    }

    /** An optional absolute http(s) URL with a host; anything a browser would not open as a web page is refused. */
    String webAddress(String field, String raw, int max) {
        String value = line(field, raw, false, 0, max);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below, like any other unusable address
        }
        add(field, FieldError.NOT_A_URL);
        return null;
    }

    /** Distinct taxonomy tags in the order given; empty entries (unused form rows) are skipped. */
    List<String> tags(String field, List<String> raw) {
        Set<String> tags = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String value = InputText.trim(raw.get(i));
            if (value.isEmpty()) {
                continue;
            }
            if (TAG.matcher(value).matches()) {
                tags.add(value);
            } else {
                add(field + "[" + i + "]", FieldError.INVALID_TAG);
            }
        }
        if (tags.size() > MAX_TAGS) {
            add(field, FieldError.TOO_MANY, MAX_TAGS);
        }
        return List.copyOf(tags);
    }
}
