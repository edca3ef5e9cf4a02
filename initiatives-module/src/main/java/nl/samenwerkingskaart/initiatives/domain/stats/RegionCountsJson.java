package nl.samenwerkingskaart.initiatives.domain.stats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.domain.Level;

/**
 * The public counts per region as JSON (docs/regions.md, "Counts per region"): the national total, the colour
 * classes of the choropleth and per region its code, name, address, total, counts by level and class. Only counts
 * and names of regions: nothing about any initiative beyond what the map data shows already.
 */
public final class RegionCountsJson {

    private static final JsonFactory JSON = new JsonFactory();

    private RegionCountsJson() {}

    /** Writes the document; the stream is flushed, not closed. */
    public static void write(RegionStatistics statistics, Map<String, String> names, RegionSlugs slugs,
            OutputStream out) throws IOException {
        ColourClasses classes = new ColourClasses(statistics.maximum());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("total", statistics.total());
            json.writeNumberField("unplaced", statistics.unplaced());
            json.writeNumberField("maximum", statistics.maximum());
            json.writeArrayFieldStart("classes");
            for (ColourClasses.Range range : classes.ranges()) {
                json.writeStartObject();
                json.writeNumberField("from", range.from());
                json.writeNumberField("to", range.to());
                json.writeStringField("colour", range.colour());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("regions");
            for (RegionCounts region : statistics.regions()) {
                json.writeStartObject();
                json.writeStringField("code", region.regionCode());
                json.writeStringField("name", names.getOrDefault(region.regionCode(), region.regionCode()));
                json.writeStringField("slug", slugs.slug(region.regionCode()).orElse(null));
                json.writeNumberField("total", region.total());
                json.writeObjectFieldStart("levels");
                for (Level level : Level.values()) {
                    json.writeNumberField(level.code(), region.level(level));
                }
                json.writeEndObject();
                json.writeNumberField("class", classes.classOf(region.total()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.flush();
    }
}
