package nl.samenwerkingskaart.initiatives.submission.journal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import org.apache.sling.api.resource.LoginException;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores new submissions so that an acknowledged one is never lost: journalled to disk first
 * ({@link SubmissionJournal}), then committed to the repository. After a restart, journalled submissions are stored
 * again (a no-op for those the repository kept, because storing is idempotent by the form's key); every minute,
 * entries old enough to be in the repository's own journal are dropped, so personal data stay in the file for about
 * a minute only.
 */
@Component(service = {DurableSubmissions.class, Runnable.class}, property = {
        "scheduler.period:Long=60",
        "scheduler.concurrent:Boolean=false",
        "scheduler.name=samenwerkingskaart-submission-journal"
})
public class DurableSubmissions implements Runnable {

    /** Oak's segment store writes its journal every 5 seconds; a minute leaves a wide margin. */
    static final Duration KEEP = Duration.ofSeconds(60);
    static final String FILE = "submission-journal.jsonl";
    static final String SUBSERVICE = "submissions-writer";
    private static final Logger LOG = LoggerFactory.getLogger(DurableSubmissions.class);

    @Reference
    private SubmissionRepository repository;

    @Reference
    private ResourceResolverFactory resolverFactory;

    private SubmissionJournal journal;
    private Clock clock = Clock.systemUTC();

    public DurableSubmissions() {}

    /** For tests. */
    DurableSubmissions(SubmissionRepository repository, ResourceResolverFactory resolverFactory,
            SubmissionJournal journal, Clock clock) {
        this.repository = repository;
        this.resolverFactory = resolverFactory;
        this.journal = journal;
        this.clock = clock;
    }

    @Activate
    void activate(BundleContext context) {
        journal = new SubmissionJournal(context.getDataFile(FILE).toPath());
        replay();
    }

    /** Journals, then stores; see {@link SubmissionRepository#store}. */
    public SubmissionRepository.Stored store(ResourceResolver resolver, Submission submission, String key)
            throws PersistenceException {
        try {
            journal.append(SubmissionJournal.Entry.of(key, submission));
        } catch (IOException e) {
            throw new PersistenceException("Could not journal a submission: " + e.getMessage(), e);
        }
        return repository.store(resolver, submission, key);
    }

    /** Stores what the journal holds; run at activation, after a crash that is what the repository may lack. */
    void replay() {
        try (ResourceResolver writer = resolverFactory.getServiceResourceResolver(
                Map.of(ResourceResolverFactory.SUBSERVICE, SUBSERVICE))) {
            int restored = 0;
            for (SubmissionJournal.Entry entry : journal.entries()) {
                if (repository.store(writer, entry.submission(), entry.key()).created()) {
                    restored++;
                }
            }
            if (restored > 0) {
                LOG.warn("Restored {} acknowledged submission(s) from the journal after an unclean stop", restored);
            }
        } catch (LoginException | IOException | RuntimeException e) {
            LOG.error("Could not replay the submission journal; it is kept for the next start", e);
        }
    }

    /** Drops the entries the repository has certainly written down. */
    @Override
    public void run() {
        try {
            journal.dropOlderThan(clock.instant().minus(KEEP));
        } catch (IOException e) {
            LOG.warn("Could not prune the submission journal: {}", e.toString());
        }
    }
}
