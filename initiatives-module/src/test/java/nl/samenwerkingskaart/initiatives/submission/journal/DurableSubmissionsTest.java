package nl.samenwerkingskaart.initiatives.submission.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.repository.JcrSubmissionRepository;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The journal in front of a real Oak repository: what a crash lost is stored again at the next start. */
@ExtendWith(SlingContextExtension.class)
class DurableSubmissionsTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final SubmissionRepository repository = new JcrSubmissionRepository();

    @TempDir
    Path folder;

    private SubmissionJournal journal;
    private DurableSubmissions durable;

    @BeforeEach
    void setUp() throws Exception {
        context.build().resource(SubmissionRepository.DATA_ROOT).commit();
        ResourceResolverFactory factory = mock(ResourceResolverFactory.class);
        when(factory.getServiceResourceResolver(any())).thenAnswer(i -> context.resourceResolver().clone(null));
        journal = new SubmissionJournal(folder.resolve("journal.jsonl"));
        durable = new DurableSubmissions(repository, factory, journal, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void storingJournalsTheSubmissionFirst() throws Exception {
        Submission submission = SubmissionJournalTest.submission("Pact", NOW);

        String reference = durable.store(context.resourceResolver(), submission, "key-aaaaaaaaaaaaaaaa").reference();

        assertEquals(1, journal.entries().size());
        assertEquals(submission, repository.find(context.resourceResolver(), reference).orElseThrow().submission());
    }

    @Test
    void replayStoresWhatTheRepositoryLostAndNothingTwice() throws Exception {
        Submission kept = SubmissionJournalTest.submission("Bewaard", NOW);
        durable.store(context.resourceResolver(), kept, "key-bbbbbbbbbbbbbbbb");
        Submission lost = SubmissionJournalTest.submission("Verloren", NOW);
        journal.append(SubmissionJournal.Entry.of("key-cccccccccccccccc", lost));

        durable.replay();

        context.resourceResolver().refresh();
        String reference = repository.findReference(context.resourceResolver(), "key-cccccccccccccccc").orElseThrow();
        assertEquals(lost, repository.find(context.resourceResolver(), reference).orElseThrow().submission());
        assertEquals(2, repository.findAll(context.resourceResolver()).size(), "the kept one is not stored twice");
    }

    @Test
    void pruningDropsEntriesOnlyAfterAMinute() throws Exception {
        journal.append(SubmissionJournal.Entry.of("old", SubmissionJournalTest.submission("Oud", NOW.minusSeconds(61))));
        journal.append(SubmissionJournal.Entry.of("recent", SubmissionJournalTest.submission("Recent", NOW.minusSeconds(30))));

        durable.run();

        assertEquals(1, journal.entries().size());
        assertTrue(journal.entries().get(0).key().equals("recent"));
    }
}
