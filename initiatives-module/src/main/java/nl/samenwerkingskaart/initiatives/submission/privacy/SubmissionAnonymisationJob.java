package nl.samenwerkingskaart.initiatives.submission.privacy;

import java.time.Clock;
import java.time.Period;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.submission.Anonymiser;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import org.apache.sling.api.resource.LoginException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anonymises decided submissions once the retention period after their decision has passed (CONTENT-MODEL: default
 * twelve months). Run by the Sling Commons Scheduler through its whiteboard ({@code scheduler.expression}), never
 * two runs at once, and on one instance of a cluster only. The work is {@link RetentionSweep}'s; this class only
 * signs in as the service user and logs the counts.
 */
@Component(service = Runnable.class, property = {
        "scheduler.expression=" + SubmissionAnonymisationJob.DEFAULT_SCHEDULE,
        "scheduler.concurrent:Boolean=false",
        "scheduler.runOn=SINGLE",
        "scheduler.name=samenwerkingskaart-submission-anonymisation"
})
@Designate(ocd = SubmissionAnonymisationJob.Config.class)
public class SubmissionAnonymisationJob implements Runnable {

    @ObjectClassDefinition(name = "Samenwerkingskaart - anonymisation of submissions",
            description = "Removes submitters' personal data from decided submissions once the retention period"
                    + " after the decision has passed.")
    public @interface Config {
        @AttributeDefinition(name = "Retention (months)", description = "How long after the decision a"
                + " submission keeps its submitter's name, e-mail, organisation, role, message and client hash.")
        int retentionMonths() default 12;

        @AttributeDefinition(name = "Schedule", description = "When the anonymisation runs: a Quartz cron"
                + " expression (seconds first). Default every night at 03:30.")
        String scheduler_expression() default DEFAULT_SCHEDULE;
    }

    static final String DEFAULT_SCHEDULE = "0 30 3 * * ?";
    static final String SUBSERVICE = "submissions-anonymiser";

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionAnonymisationJob.class);

    @Reference
    private ResourceResolverFactory resolverFactory;

    @Reference
    private SubmissionRepository repository;

    private Clock clock = Clock.systemUTC();
    private volatile Period retention = Period.ofMonths(12);

    public SubmissionAnonymisationJob() {}

    /** For tests: the services and a fixed clock. */
    SubmissionAnonymisationJob(ResourceResolverFactory resolverFactory, SubmissionRepository repository,
            Clock clock) {
        this.resolverFactory = resolverFactory;
        this.repository = repository;
        this.clock = clock;
    }

    @Activate
    @Modified
    void configure(Config config) {
        int months = config.retentionMonths();
        if (months < 0) {
            LOG.warn("A negative retention ({} months) makes no sense; keeping submitters' data 12 months", months);
            months = 12;
        }
        retention = Period.ofMonths(months);
    }

    @Override
    public void run() {
        try (ResourceResolver resolver = resolverFactory.getServiceResourceResolver(
                Map.of(ResourceResolverFactory.SUBSERVICE, SUBSERVICE))) {
            RetentionSweep.Result result = new RetentionSweep(repository, new Anonymiser(retention, clock))
                    .run(resolver);
            LOG.info("Anonymisation of submissions (retention {}): {} examined, {} anonymised, {} failed",
                    retention, result.examined(), result.anonymised(), result.failed());
        } catch (LoginException e) {
            LOG.error("Anonymisation of submissions did not run: no service user for {} ({})", SUBSERVICE,
                    e.getMessage());
        } catch (RuntimeException e) {
            // The scheduler would swallow it anyway; say what failed, and the next run starts over.
            LOG.error("Anonymisation of submissions stopped: {}", e.toString());
        }
    }
}
