package nl.samenwerkingskaart.initiatives.domain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** What the public JSON outputs have in common: how they are generated and how coordinates and levels appear. */
final class PublicJson {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .characterEscapes(new AngleBracketEscapes())
            .build();

    private PublicJson() {}

    /** A generator that leaves the stream open, as a servlet response's stream belongs to the container. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    /** 5 decimals is about a metre, as precise as a location on the map needs to be. */
    static void writeCoordinate(JsonGenerator json, double degrees) throws IOException {
        if (!Double.isFinite(degrees)) {
            json.writeNull();
            return;
        }
        json.writeNumber(BigDecimal.valueOf(degrees).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString());
    }

    /**
     * Opens a GeoJSON Point feature at a location: its type, id and geometry are written, the caller writes the
     * properties and closes the object.
     */
    static void startPointFeature(JsonGenerator json, String id, Location at) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", id);
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        writeCoordinate(json, at.longitude());
        writeCoordinate(json, at.latitude());
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Levels in the order vmbo, mbo, hbo (an initiative's level set has no order of its own). */
    static List<Level> sorted(Set<Level> levels) {
        return levels.stream().sorted(Comparator.naturalOrder()).toList();
    }

    /**
     * Texts in this JSON come from visitors. Escaping {@code <} and {@code >} keeps them harmless even when a page
     * embeds the JSON in a script element, where "&lt;/script&gt;" would otherwise end the script.
     */
    private static final class AngleBracketEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        AngleBracketEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
