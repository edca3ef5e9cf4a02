package nl.samenwerkingskaart.initiatives.domain;

import java.util.List;

/**
 * One problem with one submitted field.
 *
 * @param field the field as the form names it: {@code name}, {@code parties[1].name}, {@code locations[0].latitude}
 *     (indices count from 0, as in the form; messages count from 1)
 * @param code what is wrong, one of the constants below; {@link ValidationMessages} turns it into a sentence
 * @param args values the message needs, such as a maximum length
 */
public record FieldError(String field, String code, List<Object> args) {

    public static final String REQUIRED = "required";
    /** args: minimum and maximum length. */
    public static final String TOO_SHORT = "tooShort";
    /** args: maximum length, actual length. */
    public static final String TOO_LONG = "tooLong";
    public static final String CONTROL_CHARACTERS = "controlCharacters";
    /** For a list that needs at least one entry (parties, locations). */
    public static final String AT_LEAST_ONE = "atLeastOne";
    /** args: the maximum number of entries. */
    public static final String TOO_MANY = "tooMany";
    /** Not one of the fixed codes (status, level, party kind). */
    public static final String UNKNOWN_CODE = "unknownCode";
    /** A tag that is not of the form [a-z0-9-]{1,60}. */
    public static final String INVALID_TAG = "invalidTag";
    public static final String NOT_A_NUMBER = "notANumber";
    /** args: the lowest and the highest value accepted. */
    public static final String OUTSIDE_NETHERLANDS = "outsideNetherlands";
    /** Latitude and longitude look swapped. */
    public static final String COORDINATES_SWAPPED = "coordinatesSwapped";
    /** Inside the bounding box, but in no Dutch region. */
    public static final String NOT_IN_NETHERLANDS = "notInNetherlands";
    /** args: the first and the last year accepted. */
    public static final String INVALID_YEAR = "invalidYear";
    /** args: the start year. */
    public static final String END_BEFORE_START = "endBeforeStart";
    public static final String NOT_A_URL = "notAUrl";
    public static final String UNKNOWN_REGION = "unknownRegion";

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String code, Object... args) {
        return new FieldError(field, code, List.of(args));
    }
}
