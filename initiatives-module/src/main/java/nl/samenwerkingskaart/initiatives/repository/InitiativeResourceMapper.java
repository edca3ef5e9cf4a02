package nl.samenwerkingskaart.initiatives.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.Location;
import nl.samenwerkingskaart.initiatives.domain.Party;
import nl.samenwerkingskaart.initiatives.domain.PartyKind;
import nl.samenwerkingskaart.initiatives.domain.Provenance;
import nl.samenwerkingskaart.initiatives.domain.Status;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ValueMap;

/**
 * Translates between an initiative node (layout in docs/contracts.md) and the {@link Initiative} record. Reading is
 * lenient, so that one odd node never breaks the map: unknown codes are skipped, a missing status reads as running.
 */
final class InitiativeResourceMapper {

    static final String PARTIES = "parties";
    static final String LOCATIONS = "locations";

    private InitiativeResourceMapper() {}

    static Initiative read(Resource resource) {
        ValueMap props = resource.getValueMap();
        Calendar modified = props.get("jcr:lastModified", Calendar.class);
        return Initiative.builder()
                .id(resource.getName())
                .name(props.get("name", String.class))
                .goal(props.get("goal", String.class))
                .description(props.get("description", String.class))
                .parties(readParties(resource.getChild(PARTIES)))
                .levels(readLevels(props.get("levels", String[].class)))
                .locations(readLocations(resource.getChild(LOCATIONS)))
                .regionCode(props.get("regionCode", String.class))
                .provinceCode(props.get("provinceCode", String.class))
                .regionOverridden(props.get("regionOverridden", false))
                .sectors(strings(props.get("sectors", String[].class)))
                .themes(strings(props.get("themes", String[].class)))
                .status(Status.fromCode(props.get("status", "")).orElse(Status.RUNNING))
                .startYear(year(props.get("startYear", Long.class)))
                .endYear(year(props.get("endYear", Long.class)))
                .website(props.get("website", String.class))
                .funding(strings(props.get("funding", String[].class)))
                .contact(props.get("contact", String.class))
                .provenance(new Provenance(
                        props.get("source", String.class),
                        date(props.get("lastVerified", String.class)),
                        props.get("verifiedBy", String.class)))
                .published(props.get("published", false))
                .demo(props.get("demo", false))
                .lastModified(modified == null ? null : modified.toInstant())
                .build();
    }

    /** The node's own properties; null values mean "remove the property". */
    static Map<String, Object> properties(Initiative initiative, Instant modified) {
        Map<String, Object> props = new HashMap<>();
        props.put("sling:resourceType", InitiativeRepository.RESOURCE_TYPE);
        props.put("id", initiative.id());
        props.put("name", initiative.name());
        props.put("goal", initiative.goal());
        props.put("description", initiative.description());
        props.put("levels", initiative.levels().stream()
                .sorted().map(Level::code).toArray(String[]::new));
        props.put("regionCode", initiative.regionCode());
        props.put("provinceCode", initiative.provinceCode());
        props.put("regionOverridden", initiative.regionOverridden());
        props.put("sectors", initiative.sectors().toArray(String[]::new));
        props.put("themes", initiative.themes().toArray(String[]::new));
        props.put("status", initiative.status().code());
        props.put("startYear", initiative.startYear() == null ? null : initiative.startYear().longValue());
        props.put("endYear", initiative.endYear() == null ? null : initiative.endYear().longValue());
        props.put("website", initiative.website());
        props.put("funding", initiative.funding().toArray(String[]::new));
        props.put("contact", initiative.contact());
        Provenance provenance = initiative.provenance();
        props.put("source", provenance.source());
        props.put("lastVerified", provenance.lastVerified() == null ? null : provenance.lastVerified().toString());
        props.put("verifiedBy", provenance.verifiedBy());
        props.put("published", initiative.published());
        props.put("demo", initiative.demo());
        Calendar calendar = Calendar.getInstance();
        calendar.setTimeInMillis(modified.toEpochMilli());
        props.put("jcr:lastModified", calendar);
        return props;
    }

    static Map<String, Object> properties(Party party) {
        Map<String, Object> props = new HashMap<>();
        props.put("name", party.name());
        props.put("kind", party.kind().code());
        props.put("town", party.town());
        return props;
    }

    static Map<String, Object> properties(Location location) {
        Map<String, Object> props = new HashMap<>();
        props.put("label", location.label());
        props.put("town", location.town());
        props.put("latitude", location.latitude());
        props.put("longitude", location.longitude());
        props.put("address", location.address());
        return props;
    }

    private static List<Party> readParties(Resource parent) {
        List<Party> parties = new ArrayList<>();
        for (Resource child : ordered(parent)) {
            ValueMap p = child.getValueMap();
            Optional<PartyKind> kind = PartyKind.fromCode(p.get("kind", ""));
            String name = p.get("name", String.class);
            if (name != null && kind.isPresent()) {
                parties.add(new Party(name, kind.get(), p.get("town", String.class)));
            }
        }
        return parties;
    }

    private static List<Location> readLocations(Resource parent) {
        List<Location> locations = new ArrayList<>();
        for (Resource child : ordered(parent)) {
            ValueMap l = child.getValueMap();
            Double lat = l.get("latitude", Double.class);
            Double lon = l.get("longitude", Double.class);
            if (lat != null && lon != null) {
                locations.add(new Location(l.get("label", String.class), l.get("town", String.class), lat, lon,
                        l.get("address", String.class)));
            }
        }
        return locations;
    }

    /** Children are named 0, 1, 2 ...; order by number, not by name, so that 10 follows 9. */
    private static List<Resource> ordered(Resource parent) {
        List<Resource> children = new ArrayList<>();
        if (parent != null) {
            parent.getChildren().forEach(children::add);
            children.sort((a, b) -> Integer.compare(index(a.getName()), index(b.getName())));
        }
        return children;
    }

    private static int index(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static Set<Level> readLevels(String[] codes) {
        Set<Level> levels = new LinkedHashSet<>();
        for (String code : codes == null ? new String[0] : codes) {
            Level.fromCode(code).ifPresent(levels::add);
        }
        return levels;
    }

    private static List<String> strings(String[] values) {
        return values == null ? List.of() : Arrays.stream(values).filter(Objects::nonNull).toList();
    }

    private static Integer year(Long value) {
        return value == null ? null : value.intValue();
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
