package nl.samenwerkingskaart.initiatives.domain;

import java.util.List;

/**
 * The outline of one region: its polygons (each an outer ring with optional holes) and their bounding box.
 *
 * <p>Containment is decided by ray casting to the east with half-open rules, and every edge is evaluated with its
 * lower end first. Because neighbouring regions in the CBS files share identical edge vertices, both regions then
 * compute the very same crossing for a shared edge, so a point exactly on a shared border belongs to exactly one of
 * them: the region east of a north-south border, the region north of an east-west border.
 */
final class RegionShape {

    private static final double KM_PER_DEGREE = 111.32;

    private final Region region;
    /** polygons[p][r] is ring r of polygon p as interleaved lon, lat pairs; ring 0 is the outer ring. */
    private final double[][][] polygons;
    private final double minLon;
    private final double minLat;
    private final double maxLon;
    private final double maxLat;

    RegionShape(Region region, List<double[][]> polygons) {
        this.region = region;
        this.polygons = polygons.toArray(new double[0][][]);
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[][] polygon : this.polygons) {
            for (double[] ring : polygon) {
                for (int i = 0; i < ring.length; i += 2) {
                    box[0] = Math.min(box[0], ring[i]);
                    box[1] = Math.min(box[1], ring[i + 1]);
                    box[2] = Math.max(box[2], ring[i]);
                    box[3] = Math.max(box[3], ring[i + 1]);
                }
            }
        }
        this.minLon = box[0];
        this.minLat = box[1];
        this.maxLon = box[2];
        this.maxLat = box[3];
    }

    Region region() {
        return region;
    }

    /** Cheap test that lets most regions be skipped before any edge is looked at. */
    boolean boxContains(double lat, double lon, double marginDegrees) {
        return lat >= minLat - marginDegrees && lat <= maxLat + marginDegrees
                && lon >= minLon - marginDegrees && lon <= maxLon + marginDegrees;
    }

    boolean contains(double lat, double lon) {
        if (!boxContains(lat, lon, 0)) {
            return false;
        }
        for (double[][] polygon : polygons) {
            if (polygonContains(polygon, lat, lon)) {
                return true;
            }
        }
        return false;
    }

    /** Even-odd over all rings of one polygon, so its holes are left out. */
    private static boolean polygonContains(double[][] rings, double lat, double lon) {
        boolean inside = false;
        for (double[] ring : rings) {
            int n = ring.length;
            for (int i = 0, j = n - 2; i < n; j = i, i += 2) {
                double ax = ring[j], ay = ring[j + 1], bx = ring[i], by = ring[i + 1];
                if ((ay > lat) != (by > lat)) {
                    double crossLon = ay < by
                            ? ax + (lat - ay) * (bx - ax) / (by - ay)
                            : bx + (lat - by) * (ax - bx) / (ay - by);
                    if (lon < crossLon) {
                        inside = !inside;
                    }
                }
            }
        }
        return inside;
    }

    /** Distance in kilometres from the point to the nearest edge, on a local flat approximation. */
    double distanceKm(double lat, double lon) {
        double kmPerLon = KM_PER_DEGREE * Math.cos(Math.toRadians(lat));
        double best = Double.MAX_VALUE;
        for (double[][] polygon : polygons) {
            for (double[] ring : polygon) {
                for (int i = 2; i < ring.length; i += 2) {
                    best = Math.min(best, segmentDistance(
                            (ring[i - 2] - lon) * kmPerLon, (ring[i - 1] - lat) * KM_PER_DEGREE,
                            (ring[i] - lon) * kmPerLon, (ring[i + 1] - lat) * KM_PER_DEGREE));
                }
            }
        }
        return best;
    }

    /** Distance from the origin to the segment (ax, ay)-(bx, by). */
    private static double segmentDistance(double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
        return Math.hypot(ax + t * dx, ay + t * dy);
    }
}
