package nl.samenwerkingskaart.initiatives.submission;

/**
 * One field a correction would change.
 *
 * @param field the field's form name, e.g. {@code goal} or {@code parties}
 * @param current the published value as text; empty when the initiative has none
 * @param proposed the proposed value as text
 */
public record FieldDifference(String field, String current, String proposed) {}
