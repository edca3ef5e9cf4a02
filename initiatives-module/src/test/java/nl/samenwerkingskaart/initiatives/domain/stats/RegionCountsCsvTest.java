package nl.samenwerkingskaart.initiatives.domain.stats;

import static nl.samenwerkingskaart.initiatives.domain.stats.RegionStatisticsTest.initiative;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenwerkingskaart.initiatives.domain.Level;
import org.junit.jupiter.api.Test;

class RegionCountsCsvTest {

    @Test
    void oneRowPerRegionWithTotalAndLevelsAfterABomAndAHeader() throws Exception {
        RegionStatistics stats = RegionStatistics.of(List.of(
                initiative("a", "AM05", true, Set.of(Level.MBO, Level.VMBO), List.of(), List.of(), List.of()),
                initiative("b", "AM05", true, Set.of(Level.MBO), List.of(), List.of(), List.of()),
                initiative("draft", "AM05", false, Set.of(Level.HBO), List.of(), List.of(), List.of())),
                List.of("AM05", "AM17"));

        byte[] bytes = csv(stats, Map.of("AM05", "Twente", "AM17", "Zaanstreek/Waterland"));

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("\uFEFFregiocode;regio;totaal;vmbo;mbo;hbo\r\n"
                + "AM05;Twente;2;1;2;0\r\n"
                + "AM17;Zaanstreek/Waterland;0;0;0;0\r\n", new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void aRegionWithoutNameIsWrittenWithItsCode() throws Exception {
        RegionStatistics stats = RegionStatistics.of(List.of(), List.of("AM05"));

        assertEquals("\uFEFFregiocode;regio;totaal;vmbo;mbo;hbo\r\nAM05;AM05;0;0;0;0\r\n",
                new String(csv(stats, Map.of()), StandardCharsets.UTF_8));
    }

    @Test
    void fieldsWithSeparatorsQuotesOrFormulaSignsAreMadeSafe() {
        assertEquals("\"a;b\"", RegionCountsCsv.field("a;b"));
        assertEquals("\"zeg \"\"hoi\"\"\"", RegionCountsCsv.field("zeg \"hoi\""));
        assertEquals("'=1+1", RegionCountsCsv.field("=1+1"));
        assertEquals("\"regel\nregel\"", RegionCountsCsv.field("regel\nregel"));
        assertEquals("", RegionCountsCsv.field(null));
        assertEquals("Groot Amsterdam", RegionCountsCsv.field("Groot Amsterdam"));
    }

    private static byte[] csv(RegionStatistics stats, Map<String, String> names) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegionCountsCsv.write(stats, names, out);
        return out.toByteArray();
    }
}
