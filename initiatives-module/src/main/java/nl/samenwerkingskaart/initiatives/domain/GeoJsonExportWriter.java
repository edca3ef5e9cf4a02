package nl.samenwerkingskaart.initiatives.domain;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * The public GeoJSON download (docs/csv-format.md): a FeatureCollection with one Point feature per initiative at its
 * main location, whose properties are the initiative's public detail exactly as the detail endpoint gives it. Unlike
 * the compact map data, it is meant for other tools (QGIS, a spreadsheet, a script), so it is complete rather than
 * small.
 */
public final class GeoJsonExportWriter {

    private GeoJsonExportWriter() {}

    /** Writes the initiatives as given: choosing the published ones is the caller's job. */
    public static void write(Collection<Initiative> initiatives, RegionLookup regions, OutputStream out)
            throws IOException {
        try (JsonGenerator json = PublicJson.generator(out)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (Initiative initiative : initiatives) {
                Location main = initiative.mainLocation();
                if (main == null) {
                    continue;
                }
                PublicJson.startPointFeature(json, initiative.id(), main);
                json.writeFieldName("properties");
                ByteArrayOutputStream detail = new ByteArrayOutputStream(1024);
                InitiativeDetailWriter.write(initiative, regions, detail);
                json.writeRawValue(detail.toString(StandardCharsets.UTF_8));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
