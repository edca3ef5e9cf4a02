package nl.samenwerkingskaart.initiatives.submission;

import nl.samenwerkingskaart.initiatives.domain.InputText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.LocationInput;
import nl.samenwerkingskaart.initiatives.domain.PartyInput;
import nl.samenwerkingskaart.initiatives.domain.PlainText;

/**
 * The fields of an initiative a submitter can propose, in form order, each with one canonical text for its value.
 * That text decides both whether a field was filled in (it is not empty) and whether it differs from the published
 * value, so partial validation and the field-by-field comparison agree on what "a proposed field" is.
 * Lists are one field each: a submitter proposing parties proposes the whole list, as the form shows it.
 */
public enum InitiativeField {
    NAME("name", i -> line(i.name())),
    GOAL("goal", i -> line(i.goal())),
    // Compared as the text the map shows: a stored HTML description equals the same words sent back as plain text.
    DESCRIPTION("description", i -> line(PlainText.of(i.description()))),
    PARTIES("parties", i -> rows(i.parties(), InitiativeField::party)),
    LEVELS("levels", i -> tags(i.levels())),
    LOCATIONS("locations", i -> rows(i.locations(), InitiativeField::location)),
    REGION_CODE("regionCode", i -> line(i.regionCode())),
    SECTORS("sectors", i -> tags(i.sectors())),
    THEMES("themes", i -> tags(i.themes())),
    STATUS("status", i -> line(i.status())),
    START_YEAR("startYear", i -> line(i.startYear())),
    END_YEAR("endYear", i -> line(i.endYear())),
    WEBSITE("website", i -> line(i.website())),
    FUNDING("funding", i -> tags(i.funding())),
    CONTACT("contact", i -> line(i.contact()));

    private final String field;
    private final Function<InitiativeInput, String> text;

    InitiativeField(String field, Function<InitiativeInput, String> text) {
        this.field = field;
        this.text = text;
    }

    /** The field's name in forms and in {@link nl.samenwerkingskaart.initiatives.domain.FieldError}s. */
    public String field() {
        return field;
    }

    /** The value as one line of text; empty when the field was left empty. */
    public String text(InitiativeInput input) {
        return text.apply(input);
    }

    public boolean isGiven(InitiativeInput input) {
        return !text(input).isEmpty();
    }

    /** The field a form field name belongs to: {@code parties[1].name} belongs to {@code parties}. */
    static InitiativeField of(String formField) {
        int end = formField.indexOf('[');
        String top = end < 0 ? formField : formField.substring(0, end);
        for (InitiativeField f : values()) {
            if (f.field.equals(top)) {
                return f;
            }
        }
        return null;
    }

    private static String line(String s) {
        return InputText.normaliseLineBreaks(InputText.trim(s));
    }

    /** Empty entries are unused form rows, not values. */
    private static String tags(List<String> values) {
        return values.stream().map(InitiativeField::line).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
    }

    private static <T> String rows(List<T> rows, Function<T, String> describe) {
        return rows.stream().filter(Objects::nonNull).map(describe).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("; "));
    }

    private static String party(PartyInput p) {
        String name = line(p.name());
        String details = joinNonEmpty(", ", line(p.kind()), line(p.town()));
        if (name.isEmpty() && details.isEmpty()) {
            return "";
        }
        return details.isEmpty() ? name : name + " (" + details + ")";
    }

    private static String location(LocationInput l) {
        String latitude = number(l.latitude());
        String longitude = number(l.longitude());
        String point = latitude.isEmpty() && longitude.isEmpty() ? "" : "(" + latitude + ", " + longitude + ")";
        return joinNonEmpty(" ", joinNonEmpty(", ", line(l.label()), line(l.town())), point, line(l.address()));
    }

    /**
     * Coordinates are compared as numbers: the form accepts a decimal comma, and a stored double prints without
     * trailing zeros, so "52,22150" and 52.2215 are the same place.
     */
    private static String number(String raw) {
        String value = line(raw);
        try {
            return new BigDecimal(value.replace(',', '.')).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static String joinNonEmpty(String separator, String... parts) {
        return Arrays.stream(parts).filter(s -> !s.isEmpty()).collect(Collectors.joining(separator));
    }
}
