package nl.samenwerkingskaart.initiatives.domain.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.Location;
import nl.samenwerkingskaart.initiatives.domain.Party;
import nl.samenwerkingskaart.initiatives.domain.PlainText;

/**
 * An initiative as the cells of one CSV row (docs/csv-format.md). The complete form keeps every value exactly (full
 * coordinate precision, the editor's description), so that importing an export changes nothing; the public form
 * leaves out what only researchers may see and rounds coordinates to 5 decimals like the map data.
 */
public final class InitiativeRow {

    private InitiativeRow() {}

    /** Every column's value; empty strings for empty fields. */
    public static Map<CsvField, String> complete(Initiative initiative) {
        Map<CsvField, String> row = new EnumMap<>(CsvField.class);
        row.put(CsvField.ID, text(initiative.id()));
        row.put(CsvField.NAME, text(initiative.name()));
        row.put(CsvField.GOAL, text(initiative.goal()));
        row.put(CsvField.DESCRIPTION, text(initiative.description()));
        row.put(CsvField.PARTIES, parties(initiative.parties()));
        row.put(CsvField.LEVELS, String.join(", ", initiative.levels().stream().sorted().map(Level::code).toList()));
        Location main = initiative.mainLocation();
        row.put(CsvField.TOWN, main == null ? "" : text(main.town()));
        row.put(CsvField.LATITUDE, main == null ? "" : Double.toString(main.latitude()));
        row.put(CsvField.LONGITUDE, main == null ? "" : Double.toString(main.longitude()));
        row.put(CsvField.LOCATION_LABEL, main == null ? "" : text(main.label()));
        row.put(CsvField.ADDRESS, main == null ? "" : text(main.address()));
        row.put(CsvField.MORE_LOCATIONS, moreLocations(initiative.locations(), true));
        row.put(CsvField.REGION_CODE, text(initiative.regionCode()));
        row.put(CsvField.PROVINCE_CODE, text(initiative.provinceCode()));
        row.put(CsvField.REGION_OVERRIDDEN, initiative.regionOverridden() ? "true" : "false");
        row.put(CsvField.SECTORS, String.join(", ", initiative.sectors()));
        row.put(CsvField.THEMES, String.join(", ", initiative.themes()));
        row.put(CsvField.STATUS, initiative.status() == null ? "" : initiative.status().code());
        row.put(CsvField.START_YEAR, initiative.startYear() == null ? "" : initiative.startYear().toString());
        row.put(CsvField.END_YEAR, initiative.endYear() == null ? "" : initiative.endYear().toString());
        row.put(CsvField.WEBSITE, text(initiative.website()));
        row.put(CsvField.FUNDING, String.join(", ", initiative.funding()));
        row.put(CsvField.CONTACT, text(initiative.contact()));
        row.put(CsvField.SOURCE, text(initiative.provenance().source()));
        row.put(CsvField.LAST_VERIFIED, initiative.provenance().lastVerified() == null
                ? "" : initiative.provenance().lastVerified().toString());
        row.put(CsvField.VERIFIED_BY, text(initiative.provenance().verifiedBy()));
        row.put(CsvField.PUBLISHED, initiative.published() ? "true" : "false");
        return row;
    }

    /** The public columns only; description as plain text, no street addresses, coordinates to 5 decimals. */
    public static Map<CsvField, String> publicRow(Initiative initiative) {
        Map<CsvField, String> row = complete(initiative);
        row.keySet().retainAll(CsvField.publicColumns());
        row.put(CsvField.DESCRIPTION, text(PlainText.of(initiative.description())));
        Location main = initiative.mainLocation();
        if (main != null) {
            row.put(CsvField.LATITUDE, rounded(main.latitude()));
            row.put(CsvField.LONGITUDE, rounded(main.longitude()));
        }
        row.put(CsvField.MORE_LOCATIONS, moreLocations(initiative.locations(), false));
        return row;
    }

    /** The cells of a row in the order of the columns. */
    public static List<String> cells(Map<CsvField, String> row, List<CsvField> columns) {
        return columns.stream().map(c -> row.getOrDefault(c, "")).toList();
    }

    public static List<String> header(List<CsvField> columns) {
        return columns.stream().map(CsvField::code).toList();
    }

    private static String parties(List<Party> parties) {
        List<List<String>> records = new ArrayList<>();
        for (Party party : parties) {
            records.add(List.of(text(party.name()), party.kind() == null ? "" : party.kind().code(),
                    text(party.town())));
        }
        return ListCell.encode(records);
    }

    /** Every location but the main one: label | town | latitude | longitude | address. */
    private static String moreLocations(List<Location> locations, boolean complete) {
        List<List<String>> records = new ArrayList<>();
        for (Location location : locations.subList(Math.min(1, locations.size()), locations.size())) {
            List<String> record = new ArrayList<>(List.of(text(location.label()), text(location.town()),
                    complete ? Double.toString(location.latitude()) : rounded(location.latitude()),
                    complete ? Double.toString(location.longitude()) : rounded(location.longitude())));
            if (complete) {
                record.add(text(location.address()));
            }
            records.add(record);
        }
        return ListCell.encode(records);
    }

    static String rounded(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
