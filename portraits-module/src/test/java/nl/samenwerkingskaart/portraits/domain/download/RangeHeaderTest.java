package nl.samenwerkingskaart.portraits.domain.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RangeHeaderTest {

    private static final long LENGTH = 1000;

    @ParameterizedTest(name = "{0} selects {1}-{2}")
    @CsvSource(delimiter = '|', value = {
        "bytes=0-99|0|99",
        "bytes=100-199|100|199",
        "bytes=500-|500|999",
        "bytes=0-|0|999",
        "bytes=-100|900|999",
        "bytes=-1|999|999",
        "bytes=999-999|999|999",
        // the file's end: a last position beyond it is cut off at the last byte
        "bytes=990-999|990|999",
        "bytes=990-5000|990|999",
        "bytes=990-99999999999999999999999|990|999",
        // a suffix longer than the file is all of it
        "bytes=-5000|0|999",
        "bytes=-99999999999999999999999|0|999",
        // the unit is case-insensitive, space around the list is allowed, empty list elements are ignored
        "Bytes=0-9|0|9",
        "bytes = 0-9|0|9",
        "bytes= 0-9 |0|9",
        "'bytes=0-9,'|0|9",
        "'bytes=, 0-9'|0|9",
        "bytes=007-009|7|9"
    })
    void selectsOnePart(String header, long first, long last) {
        assertEquals(RangeSelection.part(new ByteRange(first, last, LENGTH)), RangeHeader.select(header, LENGTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=1000-", "bytes=1000-1999", "bytes=5000-6000", "bytes=-0", "bytes=-000",
        "bytes=99999999999999999999999-"})
    void aRangeOutsideTheFileCannotBeSatisfied(String header) {
        assertEquals(RangeSelection.UNSATISFIABLE, RangeHeader.select(header, LENGTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=0-", "bytes=-1", "bytes=0-0"})
    void noRangeOfAnEmptyFileCanBeSatisfied(String header) {
        assertEquals(RangeSelection.UNSATISFIABLE, RangeHeader.select(header, 0));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
        // several ranges, overlapping or not: the whole file, which RFC 9110 allows
        "bytes=0-99,200-299", "bytes=0-499,400-999", "bytes=0-0,-1", "bytes=0-99, 0-99", "bytes=2000-3000,4000-5000",
        // not a valid header: ignored
        "", "bytes", "bytes=", "bytes=,", "bytes=-", "bytes=abc", "bytes=5-1", "bytes=1-2-3", "bytes=+1-2",
        "bytes=0x10-20", "bytes=1 -2", "bytes=1- 2", "bytes=-1-", "bytes 0-99", "items=0-99", "bytes=½-1",
        "bytes=١-٢"
    })
    void otherwiseTheWholeFile(String header) {
        assertEquals(RangeSelection.WHOLE, RangeHeader.select(header, LENGTH));
    }
}
