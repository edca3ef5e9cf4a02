package nl.samenwerkingskaart.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sends submissions the way the public form does: a token per form, then a form-encoded POST. */
final class PublicSubmissions {

    static final String ENDPOINT = "/bin/samenwerkingskaart/public/submissions";
    static final String TOKEN = ENDPOINT + ".token.json";
    static final String DATA_ROOT = "/var/samenwerkingskaart/submissions";

    private final Http anonymous;

    PublicSubmissions(Http anonymous) {
        this.anonymous = anonymous;
    }

    /** A complete, valid proposal of a new initiative in Groningen. */
    static Map<String, String> newInitiative(String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "newInitiative");
        form.put("name", name);
        form.put("goal", "Meer stageplaatsen in de zorg.");
        form.put("status", "running");
        form.put("levels", "mbo");
        form.put("parties[0].name", "Noorderpoort");
        form.put("parties[0].kind", "mbo");
        form.put("parties[0].town", "Groningen");
        form.put("locations[0].label", "Campus");
        form.put("locations[0].town", "Groningen");
        form.put("locations[0].latitude", "53.2194");
        form.put("locations[0].longitude", "6.5665");
        form.put("message", "Graag op de kaart.");
        form.putAll(submitter());
        return form;
    }

    /** A correction of the initiative {@code target} with these proposed fields. */
    static Map<String, String> correction(String target, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "correction");
        form.put("target", target);
        form.putAll(fields);
        form.putAll(submitter());
        return form;
    }

    private static Map<String, String> submitter() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("submitterName", "Anja de Boer");
        form.put("submitterEmail", "anja@example.nl");
        form.put("consent", "on");
        form.put("website2", "");
        return form;
    }

    /** The form with a fresh token and idempotency key, as one view of the form page would send it. */
    List<Map.Entry<String, String>> withToken(Map<String, String> form) {
        JsonNode token = anonymous.getJson(TOKEN);
        List<Map.Entry<String, String>> entries = new ArrayList<>(form.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        entries.add(Map.entry(":submission-key", token.path("key").asText()));
        entries.add(Map.entry(":swk-csrf", token.path("token").asText()));
        return entries;
    }

    /** Sends the form and returns the reference; fails unless it was stored (201). */
    String submit(Map<String, String> form) {
        HttpResponse<String> response = anonymous.post(ENDPOINT, withToken(form));
        if (response.statusCode() != 201) {
            throw new AssertionError("Submitting answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return Http.JSON.readTree(response.body()).path("reference").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The number of stored submissions, as the administrator sees them. */
    static int count(Http admin) {
        JsonNode root = admin.getJson(DATA_ROOT + ".1.json");
        int n = 0;
        for (java.util.Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            if (it.next().getValue().isObject()) {
                n++;
            }
        }
        return n;
    }
}
