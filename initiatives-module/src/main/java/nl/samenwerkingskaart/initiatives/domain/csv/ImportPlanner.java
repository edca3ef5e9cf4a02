package nl.samenwerkingskaart.initiatives.domain.csv;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeIds;
import nl.samenwerkingskaart.initiatives.domain.InitiativeValidator;
import nl.samenwerkingskaart.initiatives.domain.Location;
import nl.samenwerkingskaart.initiatives.domain.Provenance;
import nl.samenwerkingskaart.initiatives.domain.RegionLookup;
import nl.samenwerkingskaart.initiatives.domain.Validated;
import nl.samenwerkingskaart.initiatives.domain.geo.Gazetteer;

/**
 * Decides per row what an import does (the dry run shows it, the import carries it out). A row is matched to an
 * existing initiative by its id, else by its name and main town (compared without case, accents and punctuation).
 * For an update, the fields the file does not map keep their current values; the result is validated exactly as the
 * console's editor does, so a row that would break a rule is refused with the editor's Dutch messages. A row whose
 * result equals what is stored is "unchanged": importing the same file twice writes nothing the second time.
 *
 * <p>Published state: a new initiative is unpublished, an existing one keeps its state, unless the researcher chose
 * "publish as the file says" ({@code applyPublished}) and the file maps the column {@code published}.
 *
 * <p>One planner per run: it remembers which initiatives earlier rows already claimed, so two rows about the same
 * initiative are not both applied.
 */
public final class ImportPlanner {

    private final RegionLookup regions;
    private final Gazetteer gazetteer;
    private final boolean applyPublished;
    private final Map<String, Initiative> byId = new HashMap<>();
    private final Map<String, Initiative> byNameAndTown = new HashMap<>();
    private final Map<String, Integer> claimedBy = new HashMap<>();

    /**
     * @param existing every initiative there is (published or not)
     * @param gazetteer null while none is available: rows that need one are then refused
     */
    public ImportPlanner(List<Initiative> existing, RegionLookup regions, Gazetteer gazetteer,
            boolean applyPublished) {
        this.regions = regions;
        this.gazetteer = gazetteer;
        this.applyPublished = applyPublished;
        for (Initiative initiative : existing) {
            byId.put(initiative.id(), initiative);
            Location main = initiative.mainLocation();
            byNameAndTown.putIfAbsent(key(initiative.name(), main == null ? null : main.town()), initiative);
        }
    }

    /** Records that an earlier row (in an earlier step of the same import) already took this initiative. */
    public void claim(String id, int line) {
        claimedBy.putIfAbsent(id, line);
    }

    public RowPlan plan(ImportRecord record, ColumnMapping mapping) {
        String name = record.get(CsvField.NAME).trim();
        List<FieldError> problems = new ArrayList<>();
        if (record.extraCells() > 0) {
            problems.add(FieldError.of("row", ImportProblem.EXTRA_CELLS, record.extraCells()));
        }
        String givenId = record.get(CsvField.ID).trim();
        if (!givenId.isEmpty() && !InitiativeIds.isValid(givenId)) {
            problems.add(FieldError.of("id", ImportProblem.INVALID_ID));
            return RowPlan.refused(record.line(), null, name, problems);
        }
        Initiative existing = match(givenId, record);
        String id = existing != null ? existing.id()
                : givenId.isEmpty() ? InitiativeIds.newId(name) : givenId;
        Integer earlier = claimedBy.putIfAbsent(id, record.line());
        if (earlier != null) {
            problems.add(FieldError.of("row", ImportProblem.DUPLICATE_IN_FILE, earlier));
            return RowPlan.refused(record.line(), id, name, problems);
        }
        Map<CsvField, String> values = merged(existing, record, mapping);
        placeTowns(values, problems);
        Provenance provenance = provenance(values, problems);
        boolean published = published(existing, record, mapping, problems);
        Validated<Initiative> validated = InitiativeValidator.validate(RowInput.of(values), id, regions);
        problems.addAll(validated.errors());
        if (!problems.isEmpty()) {
            claimedBy.remove(id, record.line());
            return RowPlan.refused(record.line(), existing == null ? null : id, name, problems);
        }
        Initiative result = validated.value().toBuilder()
                .provenance(provenance)
                .published(published)
                .demo(existing != null && existing.demo())
                .lastModified(existing == null ? null : existing.lastModified())
                .build();
        if (existing == null) {
            // A later row about the same new initiative must match it, not create it a second time.
            byId.put(id, result);
            byNameAndTown.putIfAbsent(key(result.name(), result.mainLocation().town()), result);
            return new RowPlan(record.line(), RowPlan.Action.CREATE, id, result.name(), List.of(), List.of(), result);
        }
        List<CsvField> changed = changedFields(existing, result);
        return changed.isEmpty()
                ? new RowPlan(record.line(), RowPlan.Action.UNCHANGED, id, result.name(), List.of(), List.of(), null)
                : new RowPlan(record.line(), RowPlan.Action.UPDATE, id, result.name(), changed, List.of(), result);
    }

    private Initiative match(String givenId, ImportRecord record) {
        if (!givenId.isEmpty()) {
            return byId.get(givenId);
        }
        return byNameAndTown.get(key(record.get(CsvField.NAME), record.get(CsvField.TOWN)));
    }

    /** The stored values, overwritten by the mapped cells; a changed town without coordinates is placed anew. */
    private static Map<CsvField, String> merged(Initiative existing, ImportRecord record, ColumnMapping mapping) {
        Map<CsvField, String> values = existing == null ? new EnumMap<>(CsvField.class)
                : InitiativeRow.complete(existing);
        values.putAll(record.values());
        boolean coordinatesMapped = mapping.maps(CsvField.LATITUDE) || mapping.maps(CsvField.LONGITUDE);
        if (existing != null && mapping.maps(CsvField.TOWN) && !coordinatesMapped) {
            Location main = existing.mainLocation();
            String oldTown = main == null ? null : main.town();
            if (!normalise(oldTown).equals(normalise(record.get(CsvField.TOWN)))) {
                values.put(CsvField.LATITUDE, "");
                values.put(CsvField.LONGITUDE, "");
            }
        }
        return values;
    }

    /** Towns without coordinates get them from the gazetteer; unknown or ambiguous towns are refused, never guessed. */
    private void placeTowns(Map<CsvField, String> values, List<FieldError> problems) {
        if (needsPlace(values.get(CsvField.TOWN), values.get(CsvField.LATITUDE), values.get(CsvField.LONGITUDE))) {
            double[] point = place(values.get(CsvField.TOWN), "town", problems);
            if (point != null) {
                values.put(CsvField.LATITUDE, Double.toString(point[0]));
                values.put(CsvField.LONGITUDE, Double.toString(point[1]));
            }
        }
        List<List<String>> more = ListCell.decode(values.get(CsvField.MORE_LOCATIONS));
        boolean placed = false;
        for (int i = 0; i < more.size(); i++) {
            List<String> record = new ArrayList<>(more.get(i));
            while (record.size() < 5) {
                record.add("");
            }
            if (needsPlace(record.get(1), record.get(2), record.get(3))) {
                double[] point = place(record.get(1), "moreLocations[" + i + "]", problems);
                if (point != null) {
                    record.set(2, Double.toString(point[0]));
                    record.set(3, Double.toString(point[1]));
                    more.set(i, record);
                    placed = true;
                }
            }
        }
        if (placed) {
            values.put(CsvField.MORE_LOCATIONS, ListCell.encode(more));
        }
    }

    private static boolean needsPlace(String town, String latitude, String longitude) {
        return town != null && !town.isBlank() && (latitude == null || latitude.isBlank())
                && (longitude == null || longitude.isBlank());
    }

    private double[] place(String town, String field, List<FieldError> problems) {
        if (gazetteer == null) {
            problems.add(FieldError.of(field, ImportProblem.NO_GAZETTEER, town.trim()));
            return null;
        }
        var match = gazetteer.lookup(town);
        switch (match.kind()) {
            case FOUND:
                return new double[] {match.place().latitude(), match.place().longitude()};
            case AMBIGUOUS:
                problems.add(FieldError.of(field, ImportProblem.AMBIGUOUS_TOWN, town.trim(),
                        String.join(", ", match.candidates().stream()
                                .map(p -> p.name() + " (" + p.province() + ")").toList())));
                return null;
            default:
                problems.add(FieldError.of(field, ImportProblem.UNKNOWN_TOWN, town.trim()));
                return null;
        }
    }

    private static Provenance provenance(Map<CsvField, String> values, List<FieldError> problems) {
        String date = values.getOrDefault(CsvField.LAST_VERIFIED, "").trim();
        LocalDate lastVerified = null;
        if (!date.isEmpty()) {
            try {
                lastVerified = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add(FieldError.of("lastVerified", ImportProblem.INVALID_DATE));
            }
        }
        return new Provenance(blankToNull(values.get(CsvField.SOURCE)), lastVerified,
                blankToNull(values.get(CsvField.VERIFIED_BY)));
    }

    private boolean published(Initiative existing, ImportRecord record, ColumnMapping mapping,
            List<FieldError> problems) {
        if (!applyPublished || !mapping.maps(CsvField.PUBLISHED)) {
            return existing != null && existing.published();
        }
        String raw = record.get(CsvField.PUBLISHED);
        if (!Flags.isValid(raw)) {
            problems.add(FieldError.of("published", ImportProblem.INVALID_BOOLEAN));
            return false;
        }
        return Flags.isTrue(raw);
    }

    /** The columns whose values differ, compared in the complete export's form. */
    static List<CsvField> changedFields(Initiative before, Initiative after) {
        Map<CsvField, String> old = InitiativeRow.complete(before);
        Map<CsvField, String> now = InitiativeRow.complete(after);
        return CsvField.allColumns().stream().filter(f -> !old.get(f).equals(now.get(f))).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String key(String name, String town) {
        return normalise(name) + "|" + normalise(town);
    }

    private static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
