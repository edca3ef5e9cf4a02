package nl.samenwerkingskaart.initiatives.domain.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @Test
    void guardsCellsThatASpreadsheetWouldRun() {
        assertEquals("'=HYPERLINK(\"x\")", FormulaGuard.guard("=HYPERLINK(\"x\")"));
        assertEquals("'+31 6", FormulaGuard.guard("+31 6"));
        assertEquals("'-1", FormulaGuard.guard("-1"));
        assertEquals("'@SUM(A1)", FormulaGuard.guard("@SUM(A1)"));
        assertEquals("'\tx", FormulaGuard.guard("\tx"));
        assertEquals("'\rx", FormulaGuard.guard("\rx"));
        assertEquals("Gewoon", FormulaGuard.guard("Gewoon"));
        assertEquals("'s-Hertogenbosch", FormulaGuard.guard("'s-Hertogenbosch"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "'=1+1", "''=1+1", "'s-Hertogenbosch", "'", "''", "-", "@", "+31", "a=b",
        "\t", "\r\n=x", "", "'@x"})
    void roundTripsEveryTextExactly(String text) {
        assertEquals(text, FormulaGuard.unguard(FormulaGuard.guard(text)));
    }

    @Test
    void roundTripsThroughAFile() {
        List<String> cells = List.of("=cmd|' /C calc'!A0", "a,b", "x\"y", "regel 1\r\nregel 2", "'@", "");
        StringBuilder out = new StringBuilder();
        new CsvWriter(out).row(cells);
        List<String> read = CsvReader.read(out.toString(), ',').get(0);
        assertEquals("'=cmd|' /C calc'!A0", read.get(0));
        assertEquals(cells, read.stream().map(FormulaGuard::unguard).toList());
    }
}
