package nl.samenwerkingskaart.initiatives.domain.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.LocationInput;

/**
 * Gives a location that names only its town the coordinates of that town, before the initiative is validated: a
 * visitor or researcher who knows the town but not its latitude need not look it up. Rows with coordinates are
 * left as they are; a row whose town the gazetteer does not know, or cannot tell apart from another, gets an error
 * on its town field that lists the choices, and is not asked for coordinates as well.
 */
public final class TownCoordinates {

    /** No place of that name, nor one of a similar name. args: the town as typed. */
    public static final String UNKNOWN_TOWN = "unknownTown";
    /** No place of that name. args: the town as typed, the ways to write places of similar names. */
    public static final String UNKNOWN_TOWN_SIMILAR = "unknownTownSimilar";
    /** Several places of that name. args: the town as typed, the ways to write each of them. */
    public static final String AMBIGUOUS_TOWN = "ambiguousTown";

    static final int SUGGESTIONS = 5;

    /** The input with the coordinates it could be given, and the rows that could not. */
    public record Completion(InitiativeInput input, List<FieldError> errors) {

        public Completion {
            errors = List.copyOf(errors);
        }

        /**
         * These errors with a validator's errors for {@link #input()}, less its "fill in the latitude/longitude"
         * for rows whose town already says what to do.
         */
        public List<FieldError> with(List<FieldError> validatorErrors) {
            Set<String> handled = new HashSet<>();
            for (FieldError error : errors) {
                String row = error.field().substring(0, error.field().length() - "town".length());
                handled.add(row + "latitude");
                handled.add(row + "longitude");
            }
            List<FieldError> all = new ArrayList<>(errors);
            validatorErrors.stream()
                    .filter(e -> !(FieldError.REQUIRED.equals(e.code()) && handled.contains(e.field())))
                    .forEach(all::add);
            return all;
        }
    }

    private TownCoordinates() {}

    public static Completion complete(InitiativeInput input, Gazetteer gazetteer) {
        List<LocationInput> rows = new ArrayList<>(input.locations());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LocationInput row = rows.get(i);
            if (row == null || isBlank(row.town()) || !isBlank(row.latitude()) || !isBlank(row.longitude())) {
                continue;
            }
            TownMatch match = gazetteer.lookup(row.town());
            String field = "locations[" + i + "].town";
            if (match.isFound()) {
                rows.set(i, new LocationInput(row.label(), row.town(), coordinate(match.place().latitude()),
                        coordinate(match.place().longitude()), row.address()));
            } else if (match.kind() == TownMatch.Kind.AMBIGUOUS) {
                errors.add(FieldError.of(field, AMBIGUOUS_TOWN, match.query(), names(match.candidates(), gazetteer)));
            } else {
                List<Place> similar = gazetteer.suggestions(match.query(), SUGGESTIONS);
                errors.add(similar.isEmpty()
                        ? FieldError.of(field, UNKNOWN_TOWN, match.query())
                        : FieldError.of(field, UNKNOWN_TOWN_SIMILAR, match.query(), names(similar, gazetteer)));
            }
        }
        InitiativeInput completed = new InitiativeInput(input.name(), input.goal(), input.description(),
                input.website(), input.contact(), input.status(), input.startYear(), input.endYear(),
                input.regionCode(), input.levels(), input.sectors(), input.themes(), input.funding(), input.parties(),
                rows);
        return new Completion(completed, errors);
    }

    private static String names(List<Place> places, Gazetteer gazetteer) {
        return places.stream().map(gazetteer::qualifiedName).distinct().collect(Collectors.joining("; "));
    }

    /** As a person would type it: five decimals (about a metre) and a point. */
    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
