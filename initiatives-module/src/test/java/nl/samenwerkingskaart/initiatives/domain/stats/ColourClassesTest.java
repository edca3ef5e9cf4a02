package nl.samenwerkingskaart.initiatives.domain.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColourClassesTest {

    @Test
    void fiveEqualPartsOfWholeInitiativesUpToTheMaximum() {
        ColourClasses classes = new ColourClasses(10);

        assertEquals(List.of(new ColourClasses.Range(1, 2, "#c7e9b4"), new ColourClasses.Range(3, 4, "#7fcdbb"),
                new ColourClasses.Range(5, 6, "#41b6c4"), new ColourClasses.Range(7, 8, "#2c7fb8"),
                new ColourClasses.Range(9, 10, "#253494")), classes.ranges());
        assertEquals(0, classes.classOf(1));
        assertEquals(0, classes.classOf(2));
        assertEquals(1, classes.classOf(3));
        assertEquals(4, classes.classOf(10));
    }

    @Test
    void unevenMaximaStillEndInTheDarkestClass() {
        ColourClasses classes = new ColourClasses(7);

        assertEquals(List.of(new ColourClasses.Range(1, 1, "#c7e9b4"), new ColourClasses.Range(2, 2, "#7fcdbb"),
                new ColourClasses.Range(3, 4, "#41b6c4"), new ColourClasses.Range(5, 5, "#2c7fb8"),
                new ColourClasses.Range(6, 7, "#253494")), classes.ranges());
        assertEquals(4, classes.classOf(7));
    }

    @Test
    void everyCountHasTheClassWhoseRangeHoldsIt() {
        for (int max = 0; max <= 300; max++) {
            ColourClasses classes = new ColourClasses(max);
            assertEquals(Math.min(max, ColourClasses.CLASSES), classes.ranges().size(), "max " + max);
            int previous = 0;
            for (int n = 1; n <= max; n++) {
                int c = classes.classOf(n);
                ColourClasses.Range range = classes.ranges().get(c);
                assertTrue(range.from() <= n && n <= range.to(), "max " + max + ", n " + n);
                assertTrue(c >= previous, "classes never decrease");
                previous = c;
            }
            if (max > 0) {
                assertEquals(classes.ranges().size() - 1, classes.classOf(max), "largest region is darkest, max " + max);
            }
        }
    }

    @Test
    void smallMaximaGiveEachCountItsOwnClass() {
        ColourClasses classes = new ColourClasses(3);

        assertEquals(List.of(new ColourClasses.Range(1, 1, "#c7e9b4"), new ColourClasses.Range(2, 2, "#7fcdbb"),
                new ColourClasses.Range(3, 3, "#41b6c4")), classes.ranges());
        assertEquals(2, classes.classOf(3));
        assertTrue(new ColourClasses(0).ranges().isEmpty());
    }

    @Test
    void noInitiativesMeansNoClassAndNoColour() {
        ColourClasses classes = new ColourClasses(40);

        assertEquals(ColourClasses.NONE, classes.classOf(0));
        assertNull(classes.colourOf(0));
        assertEquals("#253494", classes.colourOf(40));
        assertEquals("#253494", classes.colourOf(400), "above the maximum stays in the darkest class");
        assertEquals("#c7e9b4", new ColourClasses(50_000).colourOf(1));
    }

    @Test
    void aNegativeMaximumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ColourClasses(-1));
    }
}
