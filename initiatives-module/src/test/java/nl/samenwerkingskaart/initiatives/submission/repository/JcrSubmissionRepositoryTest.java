package nl.samenwerkingskaart.initiatives.submission.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.submission.Anonymiser;
import nl.samenwerkingskaart.initiatives.submission.ClientHash;
import nl.samenwerkingskaart.initiatives.submission.ModerationDecision;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.submission.SubmissionKind;
import nl.samenwerkingskaart.initiatives.submission.Submitter;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Submissions against a real Oak repository, in the layout of docs/contracts.md. */
@ExtendWith(SlingContextExtension.class)
class JcrSubmissionRepositoryTest {

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final JcrSubmissionRepository repository = new JcrSubmissionRepository();

    /** Now, so the repository's lookup (this year and the last) finds it; JCR dates keep milliseconds. */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final int YEAR = NOW.atZone(JcrSubmissionRepository.ZONE).getYear();

    @BeforeEach
    void createDataRoot() {
        context.build().resource(SubmissionRepository.DATA_ROOT).commit();
    }

    static Submission newInitiative() {
        InitiativeInput proposed = InitiativeInput.builder()
                .name("Zorgpact Noord").goal("Meer stageplaatsen in de zorg.").status("running")
                .funding("mbo-werkt")
                .party("Noorderpoort", "mbo", "Groningen").party("UMCG", "company", "Groningen")
                .location("Campus", "Groningen", "53.2", "6.56", null)
                .build();
        SubmissionContent content = new SubmissionContent(SubmissionKind.NEW_INITIATIVE, null, proposed,
                "Graag op de kaart.\nGroet", new Submitter("Anja de Boer", "anja@example.nl", null, "docent"));
        return Submission.received(content, NOW, new ClientHash("hash-1"));
    }

    @Test
    void storesAndReadsEveryField() throws Exception {
        Submission submission = newInitiative();
        SubmissionRepository.Stored stored = repository.store(context.resourceResolver(), submission, "key-aaaaaaaaaaaaaaaa");

        assertTrue(stored.created());
        assertTrue(SubmissionReferences.REFERENCE.matcher(stored.reference()).matches(), stored.reference());
        assertTrue(stored.reference().startsWith("SW-" + YEAR + "-"));
        assertEquals(submission, repository.find(context.resourceResolver(), stored.reference()).orElseThrow().submission());
        Resource node = context.resourceResolver().getResource(SubmissionRepository.DATA_ROOT + "/" + stored.reference());
        assertEquals(SubmissionRepository.RESOURCE_TYPE, node.getResourceType());
        assertEquals("received", node.getValueMap().get("state", String.class));
        assertNotEquals("key-aaaaaaaaaaaaaaaa", node.getValueMap().get("keyHash", String.class));
        assertFalse(context.resourceResolver().hasChanges(), "committed before returning");
    }

    @Test
    void theSameKeyGivesTheSameReferenceAndNoSecondNode() throws Exception {
        SubmissionRepository.Stored first = repository.store(context.resourceResolver(), newInitiative(), "key-bbbbbbbbbbbbbbbb");
        SubmissionRepository.Stored again = repository.store(context.resourceResolver(), newInitiative(), "key-bbbbbbbbbbbbbbbb");
        SubmissionRepository.Stored other = repository.store(context.resourceResolver(), newInitiative(), "key-cccccccccccccccc");

        assertFalse(again.created());
        assertEquals(first.reference(), again.reference());
        assertNotEquals(first.reference(), other.reference());
        assertEquals(first.reference(), repository.findReference(context.resourceResolver(), "key-bbbbbbbbbbbbbbbb").orElseThrow());
        assertTrue(repository.findReference(context.resourceResolver(), "key-dddddddddddddddd").isEmpty());
        assertEquals(2, children());
    }

    @Test
    void aTakenReferenceMovesOnToTheNextCandidate() throws Exception {
        String taken = SubmissionReferences.candidate("key-eeeeeeeeeeeeeeee", YEAR, 0);
        context.build().resource(SubmissionRepository.DATA_ROOT + "/" + taken, "keyHash", "someone-else").commit();

        SubmissionRepository.Stored stored = repository.store(context.resourceResolver(), newInitiative(), "key-eeeeeeeeeeeeeeee");

        assertEquals(SubmissionReferences.candidate("key-eeeeeeeeeeeeeeee", YEAR, 1), stored.reference());
        assertEquals(stored.reference(),
                repository.findReference(context.resourceResolver(), "key-eeeeeeeeeeeeeeee").orElseThrow());
    }

    @Test
    void findsNothingForAnOddReference() {
        assertTrue(repository.find(context.resourceResolver(), "../initiatives").isEmpty());
        assertTrue(repository.find(context.resourceResolver(), "SW-2026-AAAAAA").isEmpty());
    }

    @Test
    void keepsTheModerationHistoryAndDecision() throws Exception {
        String reference = repository.store(context.resourceResolver(), newInitiative(), "key-ffffffffffffffff")
                .reference();
        StoredSubmission stored = repository.find(context.resourceResolver(), reference).orElseThrow();
        InitiativeInput edited = InitiativeInput.builder().name("Zorgpact Noord-Nederland").status("running")
                .party("Noorderpoort", "mbo", "Groningen").location("Campus", "Groningen", "53.2", "6.56", null)
                .build();
        Submission decided = stored.submission()
                .startReview("onderzoeker1", NOW.plusSeconds(60))
                .decide(ModerationDecision.Approve.edited(edited, "Naam verduidelijkt"), "onderzoeker2",
                        NOW.plusSeconds(120));

        repository.stage(context.resourceResolver(), new StoredSubmission(reference, decided, "zorgpact-noord"));
        assertTrue(context.resourceResolver().hasChanges(), "staged, not committed");
        context.resourceResolver().commit();

        StoredSubmission read = repository.find(context.resourceResolver(), reference).orElseThrow();
        assertEquals(decided, read.submission());
        assertEquals("zorgpact-noord", read.initiativeId());
        assertEquals(2, read.submission().history().size());
        assertEquals(edited, ((ModerationDecision.Approve) read.submission().decision()).edited());
    }

    @Test
    void keepsARejectionAndAMerge() throws Exception {
        String rejected = repository.store(context.resourceResolver(), newInitiative(), "key-gggggggggggggggg")
                .reference();
        String merged = repository.store(context.resourceResolver(), newInitiative(), "key-hhhhhhhhhhhhhhhh")
                .reference();
        Submission rejection = repository.find(context.resourceResolver(), rejected).orElseThrow().submission()
                .decide(new ModerationDecision.Reject("Dubbel"), "onderzoeker1", NOW.plusSeconds(5));
        Submission merge = repository.find(context.resourceResolver(), merged).orElseThrow().submission()
                .decide(new ModerationDecision.Merge("zorgpact-noord", null), "onderzoeker1", NOW.plusSeconds(5));

        repository.save(context.resourceResolver(), new StoredSubmission(rejected, rejection, null));
        repository.save(context.resourceResolver(), new StoredSubmission(merged, merge, "zorgpact-noord"));

        assertEquals(rejection, repository.find(context.resourceResolver(), rejected).orElseThrow().submission());
        assertEquals(merge, repository.find(context.resourceResolver(), merged).orElseThrow().submission());
        assertFalse(context.resourceResolver().hasChanges());
    }

    @Test
    void anonymisationRemovesThePersonalProperties() throws Exception {
        String reference = repository.store(context.resourceResolver(), newInitiative(), "key-iiiiiiiiiiiiiiii")
                .reference();
        Submission decided = repository.find(context.resourceResolver(), reference).orElseThrow().submission()
                .decide(new ModerationDecision.Reject("Buiten Nederland"), "onderzoeker1", NOW.minusSeconds(3600));
        Submission anonymous = new Anonymiser(java.time.Period.ZERO, java.time.Clock.systemUTC()).anonymise(decided);

        repository.save(context.resourceResolver(), new StoredSubmission(reference, anonymous, null));

        var values = context.resourceResolver().getResource(SubmissionRepository.DATA_ROOT + "/" + reference)
                .getValueMap();
        assertEquals(Submitter.ANONYMISED.email(), values.get("submitterEmail", String.class));
        assertFalse(values.containsKey("submitterRole"));
        assertFalse(values.containsKey("message"));
        assertFalse(values.containsKey("clientHash"));
        assertEquals(anonymous, repository.find(context.resourceResolver(), reference).orElseThrow().submission());
    }

    @Test
    void keepsWhoErasedAndWhenBesideTheHistory() throws Exception {
        String reference = repository.store(context.resourceResolver(), newInitiative(), "key-mmmmmmmmmmmmmmmm")
                .reference();
        Submission erased = repository.find(context.resourceResolver(), reference).orElseThrow().submission()
                .startReview("onderzoeker1", NOW.plusSeconds(5))
                .erase("onderzoeker2", NOW.plusSeconds(10));

        repository.save(context.resourceResolver(), new StoredSubmission(reference, erased, null));

        var values = context.resourceResolver().getResource(SubmissionRepository.DATA_ROOT + "/" + reference)
                .getValueMap();
        assertEquals("onderzoeker2", values.get("erasedBy", String.class));
        assertEquals(NOW.plusSeconds(10), values.get("erasedAt", java.util.Calendar.class).toInstant());
        assertEquals("inReview", values.get("state", String.class));
        assertFalse(values.containsKey("message"));
        assertFalse(values.containsKey("clientHash"));
        StoredSubmission read = repository.find(context.resourceResolver(), reference).orElseThrow();
        assertEquals(erased, read.submission());
        assertEquals(1, read.submission().history().size(), "no history row for the erasure");
    }

    @Test
    void findsAllAndByEmailSkippingDamagedNodes() throws Exception {
        repository.store(context.resourceResolver(), newInitiative(), "key-jjjjjjjjjjjjjjjj");
        Submission other = Submission.received(new SubmissionContent(SubmissionKind.NEW_INITIATIVE, null,
                InitiativeInput.builder().name("Techniekpact").build(), null,
                new Submitter("Piet", "piet@example.nl", null, null, "en")), NOW, null);
        repository.store(context.resourceResolver(), other, "key-kkkkkkkkkkkkkkkk");
        String damaged = SubmissionReferences.candidate("key-llllllllllllllll", YEAR, 0);
        context.build().resource(SubmissionRepository.DATA_ROOT + "/" + damaged, "keyHash", "x").commit();

        assertEquals(2, repository.findAll(context.resourceResolver()).size());
        var found = repository.findBySubmitterEmail(context.resourceResolver(), " ANJA@example.nl ");
        assertEquals(1, found.size());
        assertEquals("Anja de Boer", found.get(0).submission().content().submitter().name());
        assertEquals("en", repository.findBySubmitterEmail(context.resourceResolver(), "piet@example.nl").get(0)
                .submission().content().submitter().language());
        assertTrue(repository.findBySubmitterEmail(context.resourceResolver(), "").isEmpty());
    }

    private long children() {
        Resource root = context.resourceResolver().getResource(SubmissionRepository.DATA_ROOT);
        long n = 0;
        for (Resource ignored : root.getChildren()) {
            n++;
        }
        return n;
    }
}
