package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The spam bar of QUALITY.md in the real CMS: a client over the rate limit is refused with 429 and a Retry-After,
 * nothing of the refused submission is stored, and the same client (a school's shared network, say) is served again
 * once the window has passed. The limit is lowered for the test through the web console and put back afterwards.
 */
@ExtendWith(CmsServer.class)
class RateLimitWindowIT {

    static final String PID = "nl.samenwerkingskaart.initiatives.web.SubmissionServlet";
    static final String CONFIG = "/system/console/configMgr/" + PID;
    /** What the test CMS runs with (CmsServer passes the limit; the rest are the feature's values). */
    static final String TEST_LIMIT = "1000";
    static final int WINDOW_SECONDS = 5;

    @Test
    void aClientOverTheLimitIsRefusedAndServedAgainAfterTheWindow(Cms cms) throws Exception {
        Assumptions.assumeTrue(System.getProperty("swk.baseUrl", "").isBlank(),
                "changes the CMS's configuration: only on the CMS the tests start themselves");
        Http admin = Http.admin(cms.base());
        Http anonymous = Http.anonymous(cms.base());
        PublicSubmissions visitor = new PublicSubmissions(anonymous);
        configure(admin, "2", String.valueOf(WINDOW_SECONDS));
        try {
            // The servlet starts again with the new limits; give it a moment.
            Thread.sleep(3_000);
            int before = PublicSubmissions.count(admin);
            String id = UUID.randomUUID().toString().substring(0, 8);
            visitor.submit(PublicSubmissions.newInitiative("Eerste " + id));
            visitor.submit(PublicSubmissions.newInitiative("Tweede " + id));

            HttpResponse<String> refused = anonymous.post(PublicSubmissions.ENDPOINT,
                    visitor.withToken(PublicSubmissions.newInitiative("Derde " + id)), "Accept-Language", "nl");
            assertEquals(429, refused.statusCode(), refused.body());
            assertEquals(String.valueOf(WINDOW_SECONDS), refused.headers().firstValue("Retry-After").orElse(""));
            assertTrue(Http.JSON.readTree(refused.body()).path("error").asText().contains("Probeer het over"),
                    "a plain Dutch message: " + refused.body());
            assertEquals(before + 2, PublicSubmissions.count(admin), "nothing of the refused submission is stored");

            Thread.sleep((WINDOW_SECONDS + 1) * 1_000L);
            visitor.submit(PublicSubmissions.newInitiative("Na het venster " + id));
            assertEquals(before + 3, PublicSubmissions.count(admin));
        } finally {
            configure(admin, TEST_LIMIT, "600");
            Thread.sleep(3_000);
        }
    }

    private static void configure(Http admin, String limit, String windowSeconds) {
        HttpResponse<String> response = admin.post(CONFIG, List.of(
                Map.entry("apply", "true"),
                Map.entry("action", "ajaxConfigManager"),
                Map.entry("propertylist", "rateLimit,rateWindowSeconds,maxBodyBytes"),
                Map.entry("rateLimit", limit),
                Map.entry("rateWindowSeconds", windowSeconds),
                Map.entry("maxBodyBytes", "65536")));
        assertTrue(response.statusCode() < 400, "configuring the endpoint: " + response.statusCode());
    }
}
