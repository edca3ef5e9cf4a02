package nl.samenwerkingskaart.initiatives.submission.privacy;

import static nl.samenwerkingskaart.initiatives.submission.privacy.StoredSubmissions.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.samenwerkingskaart.initiatives.submission.Erasure;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.Submitter;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A person's data request on Oak: finding their submissions, exporting them and erasing them. */
@ExtendWith(SlingContextExtension.class)
class SubmitterDataTest {

    private static final Instant ERASED = NOW.plusSeconds(60);

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private StoredSubmissions stored;
    private SubmitterData data;

    @BeforeEach
    void createDataRoot() {
        context.build().resource(SubmissionRepository.DATA_ROOT).commit();
        stored = new StoredSubmissions(context.resourceResolver());
        data = new SubmitterData(stored.repository());
    }

    @Test
    void acceptsOnlyPlausibleAddresses() {
        assertEquals("anja@example.nl", SubmitterData.normalise("  anja@example.nl "));
        for (String bad : new String[] {null, "", "   ", "anja", "anja@", "@example.nl", "anja@example",
                "anja de boer@example.nl", "a@b@example.nl", "anja@exa\u0007mple.nl"}) {
            assertNull(SubmitterData.normalise(bad), bad);
        }
        assertNull(SubmitterData.normalise("a".repeat(250) + "@example.nl"), "longer than SMTP allows");
    }

    @Test
    void findsThePersonsSubmissionsWithoutCaseOldestFirst() throws Exception {
        String decided = stored.decided("Een", "Anja@Example.nl", NOW.minus(10, ChronoUnit.DAYS));
        String open = stored.open("Twee", "anja@example.nl");
        stored.open("Ander", "piet@example.nl");

        List<StoredSubmission> found = data.find(context.resourceResolver(), "ANJA@example.nl");

        assertEquals(List.of(decided, open).stream().sorted().toList(),
                found.stream().map(StoredSubmission::reference).sorted().toList());
        assertTrue(data.find(context.resourceResolver(), "niemand@example.nl").isEmpty());
    }

    @Test
    void erasesOpenAndDecidedSubmissionsAndRecordsWhoAndWhen() throws Exception {
        String decided = stored.decided("Een", "anja@example.nl", NOW.minus(10, ChronoUnit.DAYS));
        String open = stored.open("Twee", "anja@example.nl");
        String other = stored.open("Ander", "piet@example.nl");

        List<String> erased = data.erase(context.resourceResolver(), "anja@example.nl", "onderzoeker-2", ERASED);

        assertEquals(2, erased.size());
        assertFalse(context.resourceResolver().hasChanges(), "committed");
        for (String reference : List.of(decided, open)) {
            Submission submission = stored.find(reference).submission();
            assertEquals(Submitter.ANONYMISED, submission.content().submitter());
            assertNull(submission.content().message());
            assertNull(submission.clientHash());
            assertEquals(new Erasure("onderzoeker-2", ERASED), submission.erasure());
            assertTrue(submission.content().proposed().name() != null, "what it was about stays");
        }
        assertEquals("received", stored.find(open).submission().state().code(), "still open");
        assertEquals("rejected", stored.find(decided).submission().state().code());
        assertEquals("piet@example.nl", stored.find(other).submission().content().submitter().email());
        assertTrue(data.find(context.resourceResolver(), "anja@example.nl").isEmpty(), "nothing left to find");
        assertEquals(List.of(), data.erase(context.resourceResolver(), "anja@example.nl", "onderzoeker-3", ERASED));
    }

    @Test
    void erasesAllOrNothing() throws Exception {
        String first = stored.open("Een", "anja@example.nl");
        String second = stored.open("Twee", "anja@example.nl");
        SubmissionRepository refusingTheLast = new RefusingRepository(stored.repository(), 2);

        assertThrows(PersistenceException.class, () -> new SubmitterData(refusingTheLast)
                .erase(context.resourceResolver(), "anja@example.nl", "onderzoeker-2", ERASED));

        assertFalse(context.resourceResolver().hasChanges(), "reverted");
        assertTrue(stored.find(first).submission().hasPersonalData());
        assertTrue(stored.find(second).submission().hasPersonalData());
    }

    @Test
    void exportsEverythingStoredAboutThePerson() throws Exception {
        String decided = stored.decided("Een", "anja@example.nl", NOW.minus(10, ChronoUnit.DAYS));
        stored.open("Twee", "anja@example.nl");

        byte[] json = SubmitterDataExport.write("anja@example.nl", ERASED,
                data.find(context.resourceResolver(), "anja@example.nl"));

        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("anja@example.nl", root.path("email").asText());
        assertEquals(ERASED.toString(), root.path("exportedAt").asText());
        assertEquals(2, root.path("submissions").size());
        JsonNode first = root.path("submissions").get(0).path("reference").asText().equals(decided)
                ? root.path("submissions").get(0) : root.path("submissions").get(1);
        assertEquals("newInitiative", first.path("kind").asText());
        assertEquals("rejected", first.path("state").asText());
        assertEquals("Anja de Boer", first.path("submitter").path("name").asText());
        assertEquals("anja@example.nl", first.path("submitter").path("email").asText());
        assertEquals("Noorderpoort", first.path("submitter").path("organisation").asText());
        assertEquals("docent", first.path("submitter").path("role").asText());
        assertEquals("Groet, Een (06-12345678)", first.path("message").asText());
        assertEquals("hash-Een", first.path("clientHash").asText());
        assertEquals("Een", first.path("proposed").path("name").asText());
        assertEquals("Noorderpoort", first.path("proposed").path("parties").get(0).path("name").asText());
        assertEquals("53.2", first.path("proposed").path("locations").get(0).path("latitude").asText());
        assertEquals("rejected", first.path("history").get(0).path("to").asText());
        assertEquals("onderzoeker-1", first.path("history").get(0).path("who").asText());
        assertEquals("reject", first.path("decision").path("type").asText());
        assertEquals("Dubbel", first.path("decision").path("reason").asText());
        assertTrue(first.path("target").isMissingNode(), "absent values are left out, not null");
        assertTrue(first.path("proposed").path("description").isMissingNode(), first.path("proposed").toString());
        assertTrue(first.path("erasure").isMissingNode());
    }

    @Test
    void anExportAfterAnErasureHoldsNothingPersonal() throws Exception {
        String reference = stored.open("Een", "anja@example.nl");
        data.erase(context.resourceResolver(), "anja@example.nl", "onderzoeker-2", ERASED);

        byte[] json = SubmitterDataExport.write("anja@example.nl", ERASED,
                List.of(stored.find(reference)));

        String text = new String(json, java.nio.charset.StandardCharsets.UTF_8);
        JsonNode submission = new ObjectMapper().readTree(json).path("submissions").get(0);
        assertFalse(text.contains("Anja de Boer") || text.contains("06-12345678") || text.contains("hash-Een"), text);
        assertEquals(Submitter.ANONYMISED.email(), submission.path("submitter").path("email").asText());
        assertEquals("onderzoeker-2", submission.path("erasure").path("who").asText());
        assertEquals(ERASED.toString(), submission.path("erasure").path("when").asText());
    }

    /** Stages like the real repository, but refuses the n-th submission. */
    private static final class RefusingRepository implements SubmissionRepository {
        private final SubmissionRepository delegate;
        private final int refuse;
        private int staged;

        RefusingRepository(SubmissionRepository delegate, int refuse) {
            this.delegate = delegate;
            this.refuse = refuse;
        }

        @Override
        public Stored store(ResourceResolver resolver, Submission submission, String key)
                throws PersistenceException {
            return delegate.store(resolver, submission, key);
        }

        @Override
        public java.util.Optional<String> findReference(ResourceResolver resolver, String key) {
            return delegate.findReference(resolver, key);
        }

        @Override
        public java.util.Optional<StoredSubmission> find(ResourceResolver resolver, String reference) {
            return delegate.find(resolver, reference);
        }

        @Override
        public List<StoredSubmission> findAll(ResourceResolver resolver) {
            return delegate.findAll(resolver);
        }

        @Override
        public List<StoredSubmission> findBySubmitterEmail(ResourceResolver resolver, String email) {
            return delegate.findBySubmitterEmail(resolver, email);
        }

        @Override
        public void stage(ResourceResolver resolver, StoredSubmission changed) throws PersistenceException {
            if (++staged == refuse) {
                throw new PersistenceException("refused");
            }
            delegate.stage(resolver, changed);
        }
    }
}
