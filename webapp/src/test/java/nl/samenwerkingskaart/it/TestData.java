package nl.samenwerkingskaart.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes test initiatives straight into the repository as an administrator, through Sling's POST servlet, in the
 * layout of docs/contracts.md. Each gets a unique id so tests do not see each other's data.
 */
final class TestData {

    private final Http admin;

    TestData(Http admin) {
        this.admin = admin;
    }

    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates an initiative in Enschede (Twente, AM05) with one mbo party; returns its id. */
    String create(String id, String name, boolean published) {
        String path = TestPaths.DATA_ROOT + "/" + id;
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(
                Map.entry("jcr:primaryType", "nt:unstructured"),
                Map.entry("sling:resourceType", "samenwerking/initiative"),
                Map.entry("id", id),
                Map.entry("name", name),
                Map.entry("goal", "Testdoel: leerlingen leren in de praktijk."),
                Map.entry("levels", "mbo"),
                Map.entry("regionCode", "AM05"),
                Map.entry("provinceCode", "PV23"),
                Map.entry("status", "running"),
                Map.entry("source", "geheime-bron-" + id),
                Map.entry("verifiedBy", "onderzoeker-" + id),
                Map.entry("published", Boolean.toString(published)),
                Map.entry("published@TypeHint", "Boolean"),
                Map.entry("parties/jcr:primaryType", "nt:unstructured"),
                Map.entry("parties/0/jcr:primaryType", "nt:unstructured"),
                Map.entry("parties/0/name", "ROC Testcollege"),
                Map.entry("parties/0/kind", "mbo"),
                Map.entry("parties/0/town", "Enschede"),
                Map.entry("locations/jcr:primaryType", "nt:unstructured"),
                Map.entry("locations/0/jcr:primaryType", "nt:unstructured"),
                Map.entry("locations/0/town", "Enschede"),
                Map.entry("locations/0/latitude", "52.2215"),
                Map.entry("locations/0/latitude@TypeHint", "Double"),
                Map.entry("locations/0/longitude", "6.8937"),
                Map.entry("locations/0/longitude@TypeHint", "Double")));
        var response = admin.post(path, form);
        if (response.statusCode() >= 300) {
            throw new AssertionError("Creating " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return id;
    }

    void setPublished(String id, boolean published) {
        var response = admin.post(TestPaths.DATA_ROOT + "/" + id, List.of(
                Map.entry("published", Boolean.toString(published)),
                Map.entry("published@TypeHint", "Boolean")));
        if (response.statusCode() >= 300) {
            throw new AssertionError("Publishing " + id + " answered " + response.statusCode());
        }
    }

    void rename(String id, String name) {
        var response = admin.post(TestPaths.DATA_ROOT + "/" + id, List.of(Map.entry("name", name)));
        if (response.statusCode() >= 300) {
            throw new AssertionError("Renaming " + id + " answered " + response.statusCode());
        }
    }
}
