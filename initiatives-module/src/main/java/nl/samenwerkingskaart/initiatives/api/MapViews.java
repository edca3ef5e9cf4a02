package nl.samenwerkingskaart.initiatives.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a view of a map component is addressed in a link: each map keeps its state in the URL hash under a prefix
 * derived from the component's resource path, so that two maps on one page stay independent. Other bundles (the
 * portraits' "good practices") link to a map page with one initiative opened through {@link #initiativeFragment}.
 */
public final class MapViews {

    private MapViews() {}

    /** The hash prefix of the map component at {@code resourcePath}, e.g. {@code m1a2b3c}. */
    public static String hashPrefix(String resourcePath) {
        return "m" + sha256Hex(resourcePath).substring(0, 6);
    }

    /** The DOM id of the map component at {@code resourcePath}. */
    public static String domId(String resourcePath) {
        return "swk-map-" + sha256Hex(resourcePath).substring(0, 10);
    }

    /**
     * The URL fragment (with its {@code #}) that opens the initiative's details on the map at {@code resourcePath};
     * the id is percent-encoded as the map script writes it.
     */
    public static String initiativeFragment(String resourcePath, String initiativeId) {
        return "#" + hashPrefix(resourcePath) + ".id=" + java.net.URLEncoder.encode(initiativeId, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static String sha256Hex(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
