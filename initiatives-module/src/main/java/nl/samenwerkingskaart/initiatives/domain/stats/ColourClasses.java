package nl.samenwerkingskaart.initiatives.domain.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The five classes of the choropleth: five equal parts of the range 1 to the largest region's count, cut at whole
 * initiatives, so the largest region is always in the darkest class and the legend reads in whole numbers ("1–2,
 * 3–4, ..."). Up to five initiatives in the largest region, each count is a class of its own. A region without
 * initiatives is in no class (the map leaves it unfilled). The colours are a sequential scale from ColorBrewer's
 * YlGnBu (yellow-green to dark blue), which stays ordered for the common forms of colour blindness and in greyscale.
 * {@code choropleth.js} applies the same rule to the counts of the map's current filters.
 *
 * @param maximum the largest count of a region, 0 or more
 */
public record ColourClasses(int maximum) {

    /** Lightest to darkest. */
    public static final List<String> COLOURS = List.of("#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494");
    public static final int CLASSES = COLOURS.size();
    /** Returned by {@link #classOf} for a region without initiatives. */
    public static final int NONE = -1;

    public ColourClasses {
        if (maximum < 0) {
            throw new IllegalArgumentException("maximum must not be negative: " + maximum);
        }
    }

    /** The class of a count, 0 (lightest) to 4 (darkest); {@link #NONE} for 0 or less. */
    public int classOf(int count) {
        if (count <= 0) {
            return NONE;
        }
        if (maximum <= CLASSES) {
            return Math.min(CLASSES, count) - 1;
        }
        long part = ((long) count * CLASSES + maximum - 1) / maximum; // ceil(count * 5 / maximum)
        return (int) Math.min(CLASSES, part) - 1;
    }

    /** The colour of a count's class; null for a count without class. */
    public String colourOf(int count) {
        int index = classOf(count);
        return index == NONE ? null : COLOURS.get(index);
    }

    /** The legend: each class with its lowest and highest count, both included; empty when the maximum is 0. */
    public List<Range> ranges() {
        List<Range> ranges = new ArrayList<>(CLASSES);
        if (maximum <= CLASSES) {
            for (int i = 0; i < maximum; i++) {
                ranges.add(new Range(i + 1, i + 1, COLOURS.get(i)));
            }
            return ranges;
        }
        for (int i = 0; i < CLASSES; i++) {
            int from = (int) ((long) i * maximum / CLASSES) + 1;
            int to = (int) ((long) (i + 1) * maximum / CLASSES);
            ranges.add(new Range(from, to, COLOURS.get(i)));
        }
        return ranges;
    }

    /** One class of the legend: counts {@code from} to {@code to}, both included. */
    public record Range(int from, int to, String colour) {}
}
