package nl.samenwerkingskaart.initiatives.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.Location;
import nl.samenwerkingskaart.initiatives.domain.RegionCatalog;
import nl.samenwerkingskaart.initiatives.mapdata.MapData;
import org.junit.jupiter.api.Test;

class RegionFiguresTest {

    private final PublishedInitiatives published = mock(PublishedInitiatives.class);
    private final RegionFigures figures = new RegionFigures(published, RegionCatalog.loadDefault());

    @Test
    void countsEveryLabourMarketRegionAndServesJsonAndCsvOfTheSameCounts() {
        when(published.mapData()).thenReturn(mapData("\"v1\""));
        when(published.all()).thenReturn(List.of(initiative("a", "AM05"), initiative("b", "AM05"),
                initiative("c", "AM22")));

        RegionFigures.Figures current = figures.current();

        assertEquals(35, current.statistics().regions().size());
        assertEquals(2, current.statistics().region("AM05").orElseThrow().total());
        String json = new String(current.json(), StandardCharsets.UTF_8);
        assertTrue(json.contains("{\"code\":\"AM05\",\"name\":\"Twente\",\"slug\":\"twente\",\"total\":2,"
                + "\"levels\":{\"vmbo\":0,\"mbo\":2,\"hbo\":0},\"class\":1}"), json);
        String csv = new String(current.csv(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\nAM05;Twente;2;0;2;0\r\n"), csv);
        assertEquals(36, csv.split("\r\n").length, "header and 35 regions");
    }

    @Test
    void countsAgainOnlyWhenTheMapDataChanged() {
        when(published.mapData()).thenReturn(mapData("\"v1\""));
        when(published.all()).thenReturn(List.of(initiative("a", "AM05")));
        RegionFigures.Figures first = figures.current();

        assertSame(first, figures.current());

        when(published.mapData()).thenReturn(mapData("\"v2\""));
        when(published.all()).thenReturn(List.of(initiative("a", "AM05"), initiative("b", "AM01")));
        RegionFigures.Figures second = figures.current();

        assertEquals(2, second.statistics().total());
        assertNotEquals(first.jsonTag(), second.jsonTag());
        assertNotEquals(first.csvTag(), second.csvTag());
    }

    private static MapData mapData(String etag) {
        return new MapData(new byte[0], null, etag, 0);
    }

    private static Initiative initiative(String id, String region) {
        return Initiative.builder().id(id).name(id).goal("g").levels(Set.of(Level.MBO))
                .locations(List.of(new Location(null, null, 52, 5, null))).regionCode(region).published(true).build();
    }
}
