package nl.samenwerkingskaart.initiatives.domain.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.LocationInput;
import nl.samenwerkingskaart.initiatives.domain.PartyInput;

/**
 * The cells of a row as the validator's input. It forgives what spreadsheets and Dutch habits bring (a decimal
 * comma in coordinates, Dutch words for status and party kinds, tags separated by semicolons) and leaves everything
 * else to the validator, which names what is wrong.
 */
final class RowInput {

    private static final Map<String, String> STATUS_WORDS = Map.of(
            "lopend", "running", "actief", "running", "loopt", "running",
            "afgelopen", "ended", "beeindigd", "ended", "gestopt", "ended",
            "gepland", "planned", "voorgenomen", "planned");
    private static final Map<String, String> KIND_WORDS = Map.ofEntries(
            Map.entry("bedrijf", "company"), Map.entry("onderneming", "company"),
            Map.entry("werkgever", "company"), Map.entry("overheid", "government"),
            Map.entry("gemeente", "government"), Map.entry("provincie", "government"),
            Map.entry("brancheorganisatie", "sectorbody"), Map.entry("branche", "sectorbody"),
            Map.entry("anders", "other"), Map.entry("overig", "other"), Map.entry("overige", "other"));

    private RowInput() {}

    static InitiativeInput of(Map<CsvField, String> values) {
        InitiativeInput.Builder input = InitiativeInput.builder()
                .name(get(values, CsvField.NAME))
                .goal(get(values, CsvField.GOAL))
                .description(get(values, CsvField.DESCRIPTION))
                .website(get(values, CsvField.WEBSITE))
                .contact(get(values, CsvField.CONTACT))
                .status(word(get(values, CsvField.STATUS), STATUS_WORDS))
                .startYear(get(values, CsvField.START_YEAR))
                .endYear(get(values, CsvField.END_YEAR))
                .levels(tags(get(values, CsvField.LEVELS)))
                .sectors(tags(get(values, CsvField.SECTORS)))
                .themes(tags(get(values, CsvField.THEMES)))
                .funding(tags(get(values, CsvField.FUNDING)));
        if (Flags.isTrue(get(values, CsvField.REGION_OVERRIDDEN))) {
            input.regionCode(get(values, CsvField.REGION_CODE));
        }
        List<PartyInput> parties = new ArrayList<>();
        for (List<String> record : ListCell.decode(get(values, CsvField.PARTIES))) {
            parties.add(new PartyInput(part(record, 0), word(part(record, 1), KIND_WORDS), part(record, 2)));
        }
        input.parties(parties.toArray(PartyInput[]::new));
        input.locations(locations(values).toArray(LocationInput[]::new));
        return input.build();
    }

    /** The main location from its own columns, then the further ones from their cell. */
    static List<LocationInput> locations(Map<CsvField, String> values) {
        List<LocationInput> locations = new ArrayList<>();
        locations.add(new LocationInput(get(values, CsvField.LOCATION_LABEL), get(values, CsvField.TOWN),
                decimal(get(values, CsvField.LATITUDE)), decimal(get(values, CsvField.LONGITUDE)),
                get(values, CsvField.ADDRESS)));
        for (List<String> record : ListCell.decode(get(values, CsvField.MORE_LOCATIONS))) {
            locations.add(new LocationInput(part(record, 0), part(record, 1), decimal(part(record, 2)),
                    decimal(part(record, 3)), part(record, 4)));
        }
        return locations;
    }

    private static String get(Map<CsvField, String> values, CsvField field) {
        return values.getOrDefault(field, "");
    }

    private static String part(List<String> record, int index) {
        return index < record.size() ? record.get(index) : "";
    }

    /** "52,2215" from a Dutch spreadsheet means 52.2215; a comma next to a point is left for the validator. */
    private static String decimal(String raw) {
        String s = raw.trim();
        return s.indexOf(',') >= 0 && s.indexOf('.') < 0 && s.indexOf(',') == s.lastIndexOf(',')
                ? s.replace(',', '.') : s;
    }

    private static String word(String raw, Map<String, String> words) {
        String key = java.text.Normalizer.normalize(raw.trim(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return words.getOrDefault(key, raw.trim().toLowerCase(Locale.ROOT));
    }

    /** Tags separated by commas or semicolons, lowercased; the validator checks their form. */
    private static String[] tags(String raw) {
        return Arrays.stream(raw.split("[,;\\r\\n]+")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).distinct().toArray(String[]::new);
    }
}
