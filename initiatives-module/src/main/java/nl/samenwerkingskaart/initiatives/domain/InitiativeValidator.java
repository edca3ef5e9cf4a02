package nl.samenwerkingskaart.initiatives.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.samenwerkingskaart.initiatives.domain.geo.Gazetteer;
import nl.samenwerkingskaart.initiatives.domain.geo.TownCoordinates;

/**
 * Checks an initiative as researchers and visitors submit it against the rules of CONTENT-MODEL.md and turns it into
 * an {@link Initiative}. It reports every problem at once, each on the form field that has it, because a submitter
 * who fixes one error only to be shown the next gives up.
 */
public final class InitiativeValidator {

    public static final int NAME_MIN = 3;
    public static final int NAME_MAX = 200;
    public static final int GOAL_MAX = 2_000;
    public static final int DESCRIPTION_MAX = 20_000;
    public static final int PARTY_NAME_MAX = 200;
    public static final int TOWN_MAX = 100;
    public static final int LOCATION_TEXT_MAX = 200;
    public static final int WEBSITE_MAX = 500;
    public static final int CONTACT_MAX = 500;
    /** The Netherlands' bounding box with a margin; the region check that follows is the precise one. */
    static final double MIN_LATITUDE = 50.6;
    static final double MAX_LATITUDE = 53.7;
    static final double MIN_LONGITUDE = 3.2;
    static final double MAX_LONGITUDE = 7.4;

    private InitiativeValidator() {}

    /**
     * The same, where a location given by its town alone gets the town's coordinates from the gazetteer; a town it
     * does not know or cannot choose is an error on that town field.
     */
    public static Validated<Initiative> validate(InitiativeInput input, String id, RegionLookup regions,
            Gazetteer gazetteer) {
        TownCoordinates.Completion completion = TownCoordinates.complete(input, gazetteer);
        Validated<Initiative> validated = validate(completion.input(), id, regions);
        return completion.errors().isEmpty()
                ? validated
                : Validated.invalid(completion.with(validated.errors()));
    }

    /**
     * @param id the id the initiative gets; may be null when the caller assigns one afterwards
     * @throws IllegalArgumentException when a non-null id is not a valid initiative id (a programming error)
     */
    public static Validated<Initiative> validate(InitiativeInput input, String id, RegionLookup regions) {
        if (id != null && !InitiativeIds.isValid(id)) {
            throw new IllegalArgumentException("Not an initiative id: " + id);
        }
        FieldChecks checks = new FieldChecks();
        Initiative.Builder initiative = Initiative.builder().id(id)
                .name(checks.line("name", input.name(), true, NAME_MIN, NAME_MAX))
                .goal(checks.paragraphs("goal", input.goal(), true, GOAL_MAX))
                .description(checks.paragraphs("description", input.description(), false, DESCRIPTION_MAX));
        List<Party> parties = parties(input.parties(), checks);
        initiative.parties(parties).levels(levels(input.levels(), parties, checks));
        List<LocationRow> locations = locations(input.locations(), checks);
        initiative.locations(locations.stream().map(LocationRow::location).filter(l -> l != null).toList());
        placeInRegions(input.regionCode(), locations, regions, checks, initiative);
        initiative.sectors(checks.tags("sectors", input.sectors()))
                .themes(checks.tags("themes", input.themes()))
                .status(Optional.ofNullable(checks.code("status", input.status(), false, Status::fromCode))
                        .orElse(Status.RUNNING));
        years(input, checks, initiative);
        initiative.website(checks.webAddress("website", input.website(), WEBSITE_MAX))
                .funding(checks.tags("funding", input.funding()))
                .contact(checks.line("contact", input.contact(), false, 0, CONTACT_MAX));
        return checks.errors().isEmpty()
                ? Validated.valid(initiative.build())
                : Validated.invalid(checks.errors());
    }

    /** Blank form rows are skipped; field names keep the row's own index so errors point at the right row. */
    private static List<Party> parties(List<PartyInput> rows, FieldChecks checks) {
        List<Party> parties = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < rows.size(); i++) {
            PartyInput row = rows.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            any = true;
            String prefix = "parties[" + i + "].";
            String name = checks.line(prefix + "name", row.name(), true, 1, PARTY_NAME_MAX);
            PartyKind kind = checks.code(prefix + "kind", row.kind(), true, PartyKind::fromCode);
            String town = checks.line(prefix + "town", row.town(), false, 0, TOWN_MAX);
            if (name != null && kind != null) {
                parties.add(new Party(name, kind, town));
            }
        }
        if (!any) {
            checks.add("parties", FieldError.AT_LEAST_ONE);
        }
        return parties;
    }

    /** The levels given; when none are, the levels of the schools taking part. */
    private static Set<Level> levels(List<String> raw, List<Party> parties, FieldChecks checks) {
        Set<Level> levels = EnumSet.noneOf(Level.class);
        boolean given = false;
        for (int i = 0; i < raw.size(); i++) {
            given |= !InputText.trim(raw.get(i)).isEmpty();
            Level level = checks.code("levels[" + i + "]", raw.get(i), false, Level::fromCode);
            if (level != null) {
                levels.add(level);
            }
        }
        if (!given) {
            parties.forEach(p -> p.kind().level().ifPresent(levels::add));
        }
        return levels;
    }

    /** A non-blank location row of the form; {@code location} is null when the row has errors. */
    private record LocationRow(int index, Location location) {}

    /**
     * One entry per non-blank row. The first is the main location, and a broken main row must not let the second
     * row silently take its place.
     */
    private static List<LocationRow> locations(List<LocationInput> rows, FieldChecks checks) {
        List<LocationRow> locations = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LocationInput row = rows.get(i);
            if (row != null && !row.isBlank()) {
                locations.add(new LocationRow(i, location(i, row, checks)));
            }
        }
        if (locations.isEmpty()) {
            checks.add("locations", FieldError.AT_LEAST_ONE);
        }
        return locations;
    }

    private static Location location(int index, LocationInput row, FieldChecks checks) {
        String prefix = "locations[" + index + "].";
        int errorsBefore = checks.errors().size();
        String label = checks.line(prefix + "label", row.label(), false, 0, LOCATION_TEXT_MAX);
        String town = checks.line(prefix + "town", row.town(), false, 0, LOCATION_TEXT_MAX);
        Double latitude = checks.decimal(prefix + "latitude", row.latitude());
        Double longitude = checks.decimal(prefix + "longitude", row.longitude());
        String address = checks.line(prefix + "address", row.address(), false, 0, LOCATION_TEXT_MAX);
        if (latitude != null && longitude != null) {
            checkInNetherlands(prefix, latitude, longitude, checks);
        }
        return checks.errors().size() > errorsBefore
                ? null
                : new Location(label, town, latitude, longitude, address);
    }

    private static void checkInNetherlands(String prefix, double latitude, double longitude, FieldChecks checks) {
        boolean latitudeOk = latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE;
        boolean longitudeOk = longitude >= MIN_LONGITUDE && longitude <= MAX_LONGITUDE;
        if (!latitudeOk && !longitudeOk && isInBox(longitude, latitude)) {
            checks.add(prefix + "latitude", FieldError.COORDINATES_SWAPPED);
            return;
        }
        if (!latitudeOk) {
            checks.add(prefix + "latitude", FieldError.OUTSIDE_NETHERLANDS, MIN_LATITUDE, MAX_LATITUDE);
        }
        if (!longitudeOk) {
            checks.add(prefix + "longitude", FieldError.OUTSIDE_NETHERLANDS, MIN_LONGITUDE, MAX_LONGITUDE);
        }
    }

    private static boolean isInBox(double latitude, double longitude) {
        return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE
                && longitude >= MIN_LONGITUDE && longitude <= MAX_LONGITUDE;
    }

    /**
     * The labour-market region and the province come from the main location. A researcher may choose the
     * labour-market region instead (for instance for an initiative run from just across the border); the province
     * then still comes from the main location when it lies in one.
     */
    private static void placeInRegions(String rawOverride, List<LocationRow> locations, RegionLookup regions,
            FieldChecks checks, Initiative.Builder initiative) {
        Region chosen = chosenRegion(rawOverride, regions, checks);
        if (locations.isEmpty() || locations.get(0).location() == null) {
            return;
        }
        Location main = locations.get(0).location();
        Optional<Region> labourMarket = regions.labourMarketRegionAt(main.latitude(), main.longitude());
        Optional<Region> province = regions.provinceAt(main.latitude(), main.longitude());
        if (chosen == null && (labourMarket.isEmpty() || province.isEmpty())) {
            checks.add("locations[" + locations.get(0).index() + "].latitude", FieldError.NOT_IN_NETHERLANDS);
            return;
        }
        initiative.regionCode(chosen != null ? chosen.code() : labourMarket.get().code())
                .provinceCode(province.map(Region::code).orElse(null))
                .regionOverridden(chosen != null);
    }

    /** The override must name a labour-market region; null when none is chosen or the code is unknown. */
    private static Region chosenRegion(String rawOverride, RegionLookup regions, FieldChecks checks) {
        String code = InputText.trim(rawOverride);
        if (code.isEmpty()) {
            return null;
        }
        Optional<Region> region = regions.byCode(code).filter(r -> r.kind() == RegionKind.LABOUR_MARKET);
        if (region.isEmpty()) {
            checks.add("regionCode", FieldError.UNKNOWN_REGION);
        }
        return region.orElse(null);
    }

    private static void years(InitiativeInput input, FieldChecks checks, Initiative.Builder initiative) {
        Integer start = checks.year("startYear", input.startYear());
        Integer end = checks.year("endYear", input.endYear());
        if (start != null && end != null && end < start) {
            checks.add("endYear", FieldError.END_BEFORE_START, start);
        }
        initiative.startYear(start).endYear(end);
    }
}
