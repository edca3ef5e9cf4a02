package nl.samenwerkingskaart.initiatives.domain.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedCellsWithSeparatorsQuotesAndLineBreaks() {
        String text = "name,goal\r\n\"Pact, Twente\",\"Regel 1\nRegel \"\"2\"\"\"\r\n";
        assertEquals(List.of(List.of("name", "goal"), List.of("Pact, Twente", "Regel 1\nRegel \"2\"")),
                CsvReader.read(text, ','));
    }

    @Test
    void readsSemicolonsAndAllLineEndsAndSkipsEmptyLines() {
        String text = "a;b\rc;d\n\n;\ne;f";
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "f")), CsvReader.read(text, ';'));
    }

    @Test
    void unwrapsExcelTextFormulas() {
        assertEquals(List.of(List.of("0123", "a\"b")), CsvReader.read("=\"0123\";\"=\"\"a\"\"\"\"b\"\"\"", ';'));
    }

    @Test
    void keepsRaggedRowsAsTheyAre() {
        assertEquals(List.of(List.of("a", "b", "c"), List.of("1"), List.of("1", "2", "3", "", "")),
                CsvReader.read("a,b,c\n1\n1,2,3,,\n", ','));
    }

    @Test
    void takesAStrayQuoteInAnUnquotedCellLiterally() {
        assertEquals(List.of(List.of("12\" scherm", "x")), CsvReader.read("12\" scherm,x", ','));
    }

    @Test
    void detectsTheSeparatorFromTheHeaderLineOutsideQuotes() {
        assertEquals(';', CsvReader.detectSeparator("Naam;Plaats;\"Doel, kort\"\n1,2,3,4"));
        assertEquals(',', CsvReader.detectSeparator("name,town;x,goal"));
        assertEquals('\t', CsvReader.detectSeparator("name\ttown\tgoal"));
        assertEquals(',', CsvReader.detectSeparator("name"));
    }

    @Test
    void decodesUtf8WithAndWithoutBomAndWindows1252() {
        byte[] bom = ("\uFEFFNaam;Plaats\nCoöperatie;Zoetermeer").getBytes(StandardCharsets.UTF_8);
        assertEquals(CsvText.UTF_8, CsvText.detectEncoding(bom));
        assertEquals("Naam;Plaats\nCoöperatie;Zoetermeer", CsvText.decode(bom, CsvText.UTF_8));
        byte[] plain = "Coöperatie €".getBytes(StandardCharsets.UTF_8);
        assertEquals(CsvText.UTF_8, CsvText.detectEncoding(plain));
        byte[] excel = "Coöperatie € ‘s-Hertogenbosch".getBytes(Charset.forName("windows-1252"));
        assertEquals(CsvText.WINDOWS_1252, CsvText.detectEncoding(excel));
        assertEquals("Coöperatie € ‘s-Hertogenbosch", CsvText.decode(excel, CsvText.WINDOWS_1252));
    }

    @Test
    void readsADutchExcelFileAsATable() {
        byte[] bytes = "Naam;Plaats;Doel;;\r\nTechniekpact;Enschede;\"Meer; beter\";;\r\n"
                .getBytes(Charset.forName("windows-1252"));
        CsvTable table = CsvTable.read(bytes, CsvTable.AUTO, CsvTable.AUTO);
        assertEquals(';', table.separator());
        assertEquals(CsvText.UTF_8, table.encoding());
        assertEquals(List.of("Naam", "Plaats", "Doel"), table.headers());
        ImportRecord record = table.records(ColumnMapping.suggest(table.headers())).get(0);
        assertEquals("Meer; beter", record.get(CsvField.GOAL));
        assertEquals(0, record.extraCells());
        assertEquals(2, record.line());
    }

    @Test
    void theResearcherCanOverrideEncodingAndSeparator() {
        byte[] bytes = "a;b,c\n1;2,3".getBytes(StandardCharsets.UTF_8);
        CsvTable table = CsvTable.read(bytes, CsvText.WINDOWS_1252, ",");
        assertEquals(List.of("a;b", "c"), table.headers());
        assertEquals(CsvText.WINDOWS_1252, table.encoding());
    }

    @Test
    void countsFilledCellsBeyondTheHeadersAndFillsShortRowsWithEmptyCells() {
        ColumnMapping mapping = ColumnMapping.suggest(List.of("name", "town"));
        ImportRecord ragged = ImportRecord.of(3, List.of("Pact", "Ede", "", "oops"), mapping, 2);
        assertEquals(1, ragged.extraCells());
        ImportRecord shortRow = ImportRecord.of(4, List.of("Pact"), mapping, 2);
        assertEquals("", shortRow.get(CsvField.TOWN));
        assertEquals(true, shortRow.has(CsvField.TOWN));
    }
}
