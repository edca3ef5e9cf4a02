package nl.samenwerkingskaart.initiatives.newsletter.service;

import org.apache.sling.api.resource.LoginException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes pending newsletter subscriptions nobody confirmed within the confirmation period (the desk's setting).
 * Run by the Sling Commons Scheduler through its whiteboard, never two runs at once, on one instance of a cluster.
 */
@Component(service = Runnable.class, property = {
        "scheduler.expression=" + NewsletterExpiryJob.DEFAULT_SCHEDULE,
        "scheduler.concurrent:Boolean=false",
        "scheduler.runOn=SINGLE",
        "scheduler.name=samenwerkingskaart-newsletter-expiry"
})
@Designate(ocd = NewsletterExpiryJob.Config.class)
public class NewsletterExpiryJob implements Runnable {

    @ObjectClassDefinition(name = "Samenwerkingskaart - expiry of unconfirmed newsletter signups",
            description = "Removes newsletter signups that were not confirmed within the confirmation period.")
    public @interface Config {
        @AttributeDefinition(name = "Schedule", description = "When the expiry runs: a Quartz cron expression"
                + " (seconds first). Default every hour at a quarter past.")
        String scheduler_expression() default DEFAULT_SCHEDULE;
    }

    static final String DEFAULT_SCHEDULE = "0 15 * * * ?";

    private static final Logger LOG = LoggerFactory.getLogger(NewsletterExpiryJob.class);

    @Reference
    private NewsletterDesk desk;

    public NewsletterExpiryJob() {}

    NewsletterExpiryJob(NewsletterDesk desk) {
        this.desk = desk;
    }

    @Override
    public void run() {
        try {
            int removed = desk.expire();
            if (removed > 0) {
                LOG.info("Removed {} unconfirmed newsletter signups", removed);
            }
        } catch (LoginException e) {
            LOG.error("Expiry of newsletter signups did not run: no service user for {} ({})",
                    NewsletterDesk.SUBSERVICE, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Expiry of newsletter signups stopped: {}", e.toString());
        }
    }
}
