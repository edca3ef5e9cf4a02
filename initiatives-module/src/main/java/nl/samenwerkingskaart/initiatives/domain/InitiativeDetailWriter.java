package nl.samenwerkingskaart.initiatives.domain;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * Writes the public detail of one initiative (docs/contracts.md, "Public detail"). Every field of the contract is
 * always present, null when empty, so the client needs no "is it there" checks. The researchers' provenance stays
 * private apart from the date of the last check, and the editor's HTML description goes out as plain text.
 */
public final class InitiativeDetailWriter {

    private InitiativeDetailWriter() {}

    /** Writes the initiative, whether or not it is published: deciding that is the caller's job. */
    public static void write(Initiative initiative, RegionLookup regions, OutputStream out) throws IOException {
        try (JsonGenerator json = PublicJson.generator(out)) {
            json.writeStartObject();
            json.writeStringField("id", initiative.id());
            json.writeStringField("name", initiative.name());
            json.writeStringField("goal", initiative.goal());
            json.writeStringField("description", PlainText.of(initiative.description()));
            writeParties(json, initiative.parties());
            json.writeArrayFieldStart("levels");
            for (Level level : PublicJson.sorted(initiative.levels())) {
                json.writeString(level.code());
            }
            json.writeEndArray();
            writeLocations(json, initiative.locations());
            writeRegion(json, "region", initiative.regionCode(), regions);
            writeRegion(json, "province", initiative.provinceCode(), regions);
            writeStrings(json, "sectors", initiative.sectors());
            writeStrings(json, "themes", initiative.themes());
            json.writeStringField("status", initiative.status() == null ? null : initiative.status().code());
            writeYear(json, "startYear", initiative.startYear());
            writeYear(json, "endYear", initiative.endYear());
            json.writeStringField("website", initiative.website());
            writeStrings(json, "funding", initiative.funding());
            json.writeStringField("contact", initiative.contact());
            json.writeStringField("lastVerified", initiative.provenance().lastVerified() == null
                    ? null : initiative.provenance().lastVerified().toString());
            writeStrings(json, "missing", Completeness.missing(initiative));
            json.writeBooleanField("demo", initiative.demo());
            json.writeEndObject();
        }
    }

    private static void writeParties(JsonGenerator json, List<Party> parties) throws IOException {
        json.writeArrayFieldStart("parties");
        for (Party party : parties) {
            json.writeStartObject();
            json.writeStringField("name", party.name());
            json.writeStringField("kind", party.kind() == null ? null : party.kind().code());
            json.writeStringField("town", party.town());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The street address is left out: the contract's public location has none. */
    private static void writeLocations(JsonGenerator json, List<Location> locations) throws IOException {
        json.writeArrayFieldStart("locations");
        for (Location location : locations) {
            json.writeStartObject();
            json.writeStringField("label", location.label());
            json.writeStringField("town", location.town());
            json.writeFieldName("latitude");
            PublicJson.writeCoordinate(json, location.latitude());
            json.writeFieldName("longitude");
            PublicJson.writeCoordinate(json, location.longitude());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** {"code", "name"}; the name is null for a code the region files do not know, the whole object null without a code. */
    private static void writeRegion(JsonGenerator json, String field, String code, RegionLookup regions)
            throws IOException {
        if (code == null) {
            json.writeNullField(field);
            return;
        }
        Optional<Region> region = regions.byCode(code);
        json.writeObjectFieldStart(field);
        json.writeStringField("code", code);
        json.writeStringField("name", region.map(Region::name).orElse(null));
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void writeYear(JsonGenerator json, String field, Integer year) throws IOException {
        if (year == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, year);
        }
    }
}
