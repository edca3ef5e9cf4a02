package nl.samenwerkingskaart.initiatives.domain.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void suggestsFieldsFromDutchAndEnglishHeaders() {
        ColumnMapping mapping = ColumnMapping.suggest(List.of("Naam", "Plaats", "Doel", "Thema’s", "Breedtegraad",
                "LNG", "Start year", "Opmerking", "Gepubliceerd"));
        assertEquals(List.of("name", "town", "goal", "themes", "latitude", "longitude", "startYear", "", "published"),
                mapping.codes());
    }

    @Test
    void recognisesOurOwnHeadersAndIgnoresCaseAccentsAndSpaces() {
        ColumnMapping mapping = ColumnMapping.suggest(List.of("ID", "moreLocations", "Laatst gecontroleerd",
                "thema's", "Région"));
        assertEquals(List.of("id", "moreLocations", "lastVerified", "themes", "regionCode"), mapping.codes());
    }

    @Test
    void givesAFieldToTheFirstColumnOnly() {
        ColumnMapping mapping = ColumnMapping.suggest(List.of("Naam", "name", "Plaats"));
        assertEquals(CsvField.NAME, mapping.field(0));
        assertNull(mapping.field(1));
        assertEquals(List.of("name", "", "town"), ColumnMapping.of(List.of("name", "name", "town")).codes());
    }

    @Test
    void readsTheFormsChoiceAndIgnoresUnknownCodes() {
        ColumnMapping mapping = ColumnMapping.of(List.of("goal", "nonsense", ""));
        assertTrue(mapping.maps(CsvField.GOAL));
        assertEquals(List.of("goal", "", ""), mapping.codes());
        assertNull(mapping.field(7));
    }
}
