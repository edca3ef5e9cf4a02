package nl.samenwerkingskaart.initiatives.domain;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the public map data (docs/contracts.md, "Public map data"): one compact GeoJSON Point feature per published
 * initiative, with only what the map filters and searches on. Details load on demand, which keeps this under the
 * size bar at 50,000 initiatives. Streamed, so memory does not grow with the number of initiatives.
 */
public final class MapDataWriter {

    private MapDataWriter() {}

    /**
     * Writes the initiatives in the order given. Unpublished initiatives and initiatives without a usable main location
     * are left out here too, so that a mistake upstream cannot make them public. The stream is flushed, not closed.
     */
    public static void write(Collection<Initiative> initiatives, OutputStream out) throws IOException {
        try (JsonGenerator json = PublicJson.generator(out)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (Initiative initiative : initiatives) {
                if (isOnTheMap(initiative)) {
                    writeFeature(json, initiative);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static boolean isOnTheMap(Initiative initiative) {
        Location main = initiative.mainLocation();
        return initiative.published() && initiative.id() != null && main != null
                && Double.isFinite(main.latitude()) && Double.isFinite(main.longitude());
    }

    private static void writeFeature(JsonGenerator json, Initiative initiative) throws IOException {
        PublicJson.startPointFeature(json, initiative.id(), initiative.mainLocation());
        writeProperties(json, initiative);
        json.writeEndObject();
    }

    /** Short keys, as the contract fixes them; a property without a value is left out rather than written null. */
    private static void writeProperties(JsonGenerator json, Initiative initiative) throws IOException {
        json.writeObjectFieldStart("properties");
        writeIfPresent(json, "n", initiative.name());
        writeIfPresent(json, "r", initiative.regionCode());
        writeIfPresent(json, "p", initiative.provinceCode());
        json.writeStringField("l", levelLetters(initiative.levels()));
        writeArray(json, "k", partyKinds(initiative.parties()));
        if (initiative.status() != null) {
            json.writeStringField("s", initiative.status().code());
        }
        if (!initiative.sectors().isEmpty()) {
            writeArray(json, "sc", initiative.sectors());
        }
        if (!initiative.themes().isEmpty()) {
            writeArray(json, "th", initiative.themes());
        }
        json.writeStringField("q", searchText(initiative));
        json.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private static void writeArray(JsonGenerator json, String field, Collection<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** "v", "m", "h" in that order: "vmh" for all three, "" for none. */
    static String levelLetters(Set<Level> levels) {
        StringBuilder letters = new StringBuilder(3);
        for (Level level : PublicJson.sorted(levels)) {
            letters.append(level.code().charAt(0));
        }
        return letters.toString();
    }

    /** Distinct kinds in the fixed order of {@link PartyKind}, so equal sets read (and compress) alike. */
    static List<String> partyKinds(List<Party> parties) {
        Set<PartyKind> kinds = EnumSet.noneOf(PartyKind.class);
        parties.forEach(p -> kinds.add(p.kind()));
        return kinds.stream().map(PartyKind::code).toList();
    }

    /**
     * Party names and towns, then location towns: lowercased, white space collapsed, each distinct value once
     * (a town shared by several parties is searched just as well when written once).
     */
    static String searchText(Initiative initiative) {
        Set<String> terms = new LinkedHashSet<>();
        for (Party party : initiative.parties()) {
            addTerm(terms, party.name());
            addTerm(terms, party.town());
        }
        for (Location location : initiative.locations()) {
            addTerm(terms, location.town());
        }
        return String.join(" ", terms);
    }

    private static void addTerm(Set<String> terms, String value) {
        if (value != null) {
            String term = value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (!term.isEmpty()) {
                terms.add(term);
            }
        }
    }
}
