package nl.samenwerkingskaart.initiatives.submission.privacy;

import static nl.samenwerkingskaart.initiatives.submission.privacy.StoredSubmissions.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenwerkingskaart.initiatives.submission.Anonymiser;
import nl.samenwerkingskaart.initiatives.submission.Submitter;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The retention rule applied to stored submissions, on Oak: which are due, and one failure not stopping the rest. */
@ExtendWith(SlingContextExtension.class)
class RetentionSweepTest {

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private StoredSubmissions stored;
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeEach
    void createDataRoot() {
        context.build().resource(SubmissionRepository.DATA_ROOT).commit();
        stored = new StoredSubmissions(context.resourceResolver());
    }

    @Test
    void anonymisesDecidedSubmissionsPastTheRetentionOnly() throws Exception {
        String old = stored.decided("Oud", "anja@example.nl", NOW.minus(400, ChronoUnit.DAYS));
        String recent = stored.decided("Recent", "anja@example.nl", NOW.minus(300, ChronoUnit.DAYS));
        String open = stored.open("Open", "anja@example.nl");

        RetentionSweep.Result result = sweep(Period.ofMonths(12)).run(context.resourceResolver());

        assertEquals(new RetentionSweep.Result(3, 1, 0), result);
        StoredSubmission anonymised = stored.find(old);
        assertEquals(Submitter.ANONYMISED, anonymised.submission().content().submitter());
        assertNull(anonymised.submission().content().message());
        assertNull(anonymised.submission().clientHash());
        assertEquals("Oud", anonymised.submission().content().proposed().name(), "what it was about stays");
        assertEquals("rejected", anonymised.submission().state().code());
        assertNull(anonymised.submission().erasure(), "no one asked: no erasure record");
        assertTrue(stored.find(recent).submission().hasPersonalData());
        assertTrue(stored.find(open).submission().hasPersonalData(), "open submissions are never due");
        assertFalse(context.resourceResolver().hasChanges(), "committed");
    }

    @Test
    void aSecondRunWritesNothingAgain() throws Exception {
        stored.decided("Oud", "anja@example.nl", NOW.minus(400, ChronoUnit.DAYS));
        sweep(Period.ofMonths(12)).run(context.resourceResolver());
        assertEquals(new RetentionSweep.Result(1, 0, 0), sweep(Period.ofMonths(12)).run(context.resourceResolver()));
    }

    @Test
    void aFailingSubmissionIsRevertedAndTheOthersGoAhead() throws Exception {
        String first = stored.decided("Een", "anja@example.nl", NOW.minus(40, ChronoUnit.DAYS));
        String failing = stored.decided("Twee", "piet@example.nl", NOW.minus(40, ChronoUnit.DAYS));
        String third = stored.decided("Drie", "kees@example.nl", NOW.minus(40, ChronoUnit.DAYS));
        SubmissionRepository refusing = new FailingFor(stored.repository(), failing);

        RetentionSweep.Result result = new RetentionSweep(refusing, new Anonymiser(Period.ofMonths(1), clock))
                .run(context.resourceResolver());

        assertEquals(new RetentionSweep.Result(3, 2, 1), result);
        assertFalse(stored.find(first).submission().hasPersonalData());
        assertFalse(stored.find(third).submission().hasPersonalData());
        StoredSubmission untouched = stored.find(failing);
        assertEquals("piet@example.nl", untouched.submission().content().submitter().email(),
                "the half-written change was reverted");
        assertTrue(untouched.submission().content().message() != null);
    }

    @Test
    void theJobSignsInAsItsServiceUserAndUsesTheConfiguredRetention() throws Exception {
        String old = stored.decided("Oud", "anja@example.nl", NOW.minus(40, ChronoUnit.DAYS));
        String recent = stored.decided("Recent", "anja@example.nl", NOW.minus(20, ChronoUnit.DAYS));
        ResourceResolverFactory real = context.getService(ResourceResolverFactory.class);
        ResourceResolverFactory factory = mock(ResourceResolverFactory.class);
        when(factory.getServiceResourceResolver(any()))
                .thenAnswer(call -> real.getServiceResourceResolver(call.getArgument(0)));
        SubmissionAnonymisationJob job = new SubmissionAnonymisationJob(factory, stored.repository(), clock);
        job.configure(config(1));

        job.run();

        verify(factory).getServiceResourceResolver(
                Map.of(ResourceResolverFactory.SUBSERVICE, SubmissionAnonymisationJob.SUBSERVICE));
        assertFalse(stored.find(old).submission().hasPersonalData());
        assertTrue(stored.find(recent).submission().hasPersonalData());
    }

    @Test
    void theJobKeepsTwelveMonthsWhenTheConfiguredRetentionIsNegative() throws Exception {
        String old = stored.decided("Oud", "anja@example.nl", NOW.minus(40, ChronoUnit.DAYS));
        SubmissionAnonymisationJob job = new SubmissionAnonymisationJob(
                context.getService(ResourceResolverFactory.class), stored.repository(), clock);
        job.configure(config(-1));
        job.run();
        assertTrue(stored.find(old).submission().hasPersonalData());
    }

    @Test
    void theJobIsScheduledNightlyOneRunAtATimeOnOneInstance() throws Exception {
        context.registerService(SubmissionRepository.class, stored.repository());
        context.registerInjectActivateService(new SubmissionAnonymisationJob(), Map.of("retentionMonths", 6));

        var references = context.bundleContext().getServiceReferences(Runnable.class,
                "(scheduler.name=samenwerkingskaart-submission-anonymisation)");
        assertEquals(1, references.size());
        var job = references.iterator().next();
        assertEquals("0 30 3 * * ?", job.getProperty("scheduler.expression"));
        assertEquals(Boolean.FALSE, job.getProperty("scheduler.concurrent"));
        assertEquals("SINGLE", job.getProperty("scheduler.runOn"));
        assertEquals(6, job.getProperty("retentionMonths"));
    }

    private RetentionSweep sweep(Period retention) {
        return new RetentionSweep(stored.repository(), new Anonymiser(retention, clock));
    }

    private static SubmissionAnonymisationJob.Config config(int months) {
        return new SubmissionAnonymisationJob.Config() {
            @Override
            public int retentionMonths() {
                return months;
            }

            @Override
            public String scheduler_expression() {
                return "0 30 3 * * ?";
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return SubmissionAnonymisationJob.Config.class;
            }
        };
    }

    /** A repository that stages the change for one reference and then fails, as a refused commit would. */
    private static final class FailingFor implements SubmissionRepository {
        private final SubmissionRepository delegate;
        private final String failing;

        FailingFor(SubmissionRepository delegate, String failing) {
            this.delegate = delegate;
            this.failing = failing;
        }

        @Override
        public Stored store(ResourceResolver resolver, nl.samenwerkingskaart.initiatives.submission.Submission s,
                String key) throws PersistenceException {
            return delegate.store(resolver, s, key);
        }

        @Override
        public Optional<String> findReference(ResourceResolver resolver, String key) {
            return delegate.findReference(resolver, key);
        }

        @Override
        public Optional<StoredSubmission> find(ResourceResolver resolver, String reference) {
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
            delegate.stage(resolver, changed);
            if (changed.reference().equals(failing)) {
                throw new PersistenceException("refused");
            }
        }
    }
}
