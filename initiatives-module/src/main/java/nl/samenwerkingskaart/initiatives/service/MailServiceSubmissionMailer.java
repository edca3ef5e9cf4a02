package nl.samenwerkingskaart.initiatives.service;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.submission.ModerationDecision;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.submission.mail.MailFailure;
import nl.samenwerkingskaart.initiatives.submission.mail.MailText;
import nl.samenwerkingskaart.initiatives.submission.mail.MailTexts;
import nl.samenwerkingskaart.initiatives.submission.mail.SubmissionMail;
import nl.samenwerkingskaart.initiatives.submission.mail.SubmissionMails;
import org.apache.sling.commons.messaging.mail.MailService;
import org.apache.sling.commons.messaging.mail.MessageBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SubmissionMailer} through Sling CMS's own mail service: Sling Commons Messaging Mail's {@link MailService},
 * the one Sling CMS's reference forms send with (its SMTP server is configured as in docs/deployment.md). This
 * class only glues: {@link SubmissionMails} writes the mails, the mail service sends them in its own thread pool.
 */
@Component(service = SubmissionMailer.class)
@Designate(ocd = MailServiceSubmissionMailer.Config.class)
public class MailServiceSubmissionMailer implements SubmissionMailer {

    @ObjectClassDefinition(name = "Samenwerkingskaart - e-mails to submitters",
            description = "The receipt and the outcome mails to people who send in initiatives. Sent through Sling"
                    + " Commons Messaging Mail (the SMTP server is configured there). Every text left empty uses the"
                    + " built-in one; in a text, {reference}, {kind}, {initiative}, {name}, {reason} and {mergedInto}"
                    + " are filled in, and \\n is a line break.")
    public @interface Config {
        @AttributeDefinition(name = "Sender address", description = "The From address of every mail, e.g."
                + " noreply@example.org. Without one, no mails are sent.")
        String from() default "";

        @AttributeDefinition(name = "Sender name", description = "Shown with the sender address.")
        String fromName() default "Samenwerkingskaart";

        @AttributeDefinition(name = "Reply-To address", description = "Where replies go; optional.")
        String replyTo() default "";

        @AttributeDefinition(name = "Receipt subject (nl)", required = false)
        String receipt_subject_nl() default "";

        @AttributeDefinition(name = "Receipt text (nl)", required = false)
        String receipt_body_nl() default "";

        @AttributeDefinition(name = "Receipt subject (en)", required = false)
        String receipt_subject_en() default "";

        @AttributeDefinition(name = "Receipt text (en)", required = false)
        String receipt_body_en() default "";

        @AttributeDefinition(name = "Approved subject (nl)", required = false)
        String approved_subject_nl() default "";

        @AttributeDefinition(name = "Approved text (nl)", required = false)
        String approved_body_nl() default "";

        @AttributeDefinition(name = "Approved subject (en)", required = false)
        String approved_subject_en() default "";

        @AttributeDefinition(name = "Approved text (en)", required = false)
        String approved_body_en() default "";

        @AttributeDefinition(name = "Merged subject (nl)", required = false)
        String merged_subject_nl() default "";

        @AttributeDefinition(name = "Merged text (nl)", required = false)
        String merged_body_nl() default "";

        @AttributeDefinition(name = "Merged subject (en)", required = false)
        String merged_subject_en() default "";

        @AttributeDefinition(name = "Merged text (en)", required = false)
        String merged_body_en() default "";

        @AttributeDefinition(name = "Rejected subject (nl)", required = false)
        String rejected_subject_nl() default "";

        @AttributeDefinition(name = "Rejected text (nl)", required = false)
        String rejected_body_nl() default "";

        @AttributeDefinition(name = "Rejected subject (en)", required = false)
        String rejected_subject_en() default "";

        @AttributeDefinition(name = "Rejected text (en)", required = false)
        String rejected_body_en() default "";
    }

    /** RFC 3834: tells vacation responders and mailing list software not to answer. */
    static final String AUTO_SUBMITTED = "Auto-Submitted";

    private static final Logger LOG = LoggerFactory.getLogger(MailServiceSubmissionMailer.class);
    /** The configuration properties that are texts: {@code <type>.<subject|body>.<language>}. */
    private static final Pattern TEXT_KEY =
            Pattern.compile("^(receipt|approved|merged|rejected)\\.(subject|body)\\.(nl|en)$");

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MailService mailService;

    @Reference
    private PublishedInitiatives publishedInitiatives;

    private final AtomicBoolean toldNotConfigured = new AtomicBoolean();
    private volatile Settings settings;

    private record Settings(SubmissionMails mails, String from, String fromName, String replyTo) {}

    @Activate
    @Modified
    void activate(Config config, Map<String, Object> properties) {
        Map<String, String> overrides = new HashMap<>();
        properties.forEach((key, value) -> {
            if (TEXT_KEY.matcher(key).matches() && value instanceof String text) {
                overrides.put(key, text);
            }
        });
        SubmissionMails mails = new SubmissionMails(MailTexts.withOverrides(overrides),
                id -> publishedInitiatives.find(id).map(Initiative::name));
        settings = new Settings(mails, trimmed(config.from()), trimmed(config.fromName()),
                trimmed(config.replyTo()));
        toldNotConfigured.set(false);
    }

    @Override
    public CompletionStage<Boolean> sendReceipt(String reference, SubmissionContent content, Locale language) {
        return send("receipt", reference, () -> settings.mails().receipt(reference, content, language));
    }

    @Override
    public CompletionStage<Boolean> sendOutcome(
            String reference, SubmissionContent content, ModerationDecision decision, Locale language) {
        return send("outcome", reference, () -> settings.mails().outcome(reference, content, decision, language));
    }

    private CompletionStage<Boolean> send(String what, String reference, Supplier<Optional<SubmissionMail>> write) {
        // Only the reference goes into log lines, and only as one line: it is ours, but a log is no place to trust.
        String ref = MailText.line(reference, 40);
        try {
            MailService service = mailService;
            Settings current = settings;
            if (service == null || current.from().isEmpty()) {
                if (toldNotConfigured.compareAndSet(false, true)) {
                    LOG.info("E-mails to submitters are not sent: {}", service == null
                            ? "no Sling Commons Messaging mail service is configured"
                            : "no sender address is configured");
                }
                return CompletableFuture.completedFuture(false);
            }
            Optional<SubmissionMail> mail = write.get();
            if (mail.isEmpty()) {
                LOG.info("No {} mail for submission {}: the submitter's address cannot receive mail", what, ref);
                return CompletableFuture.completedFuture(false);
            }
            MimeMessage message = message(service.getMessageBuilder(), mail.get(), current);
            return service.sendMessage(message).handle((done, failure) -> {
                if (failure != null) {
                    LOG.warn("The {} mail for submission {} could not be sent: {}", what, ref,
                            MailFailure.describe(unwrap(failure)));
                    return false;
                }
                LOG.info("Sent the {} mail for submission {}", what, ref);
                return true;
            });
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("The {} mail for submission {} could not be sent: {}", what, ref, MailFailure.describe(e));
            return CompletableFuture.completedFuture(false);
        }
    }

    static MimeMessage message(MessageBuilder builder, SubmissionMail mail, Settings settings)
            throws MessagingException {
        if (settings.fromName().isEmpty()) {
            builder.from(settings.from());
        } else {
            builder.from(settings.from(), settings.fromName());
        }
        builder.to(mail.recipient())
                .subject(mail.subject())
                .text(mail.body())
                .header(AUTO_SUBMITTED, "auto-generated")
                .header("Content-Language", mail.language().toLanguageTag());
        if (!settings.replyTo().isEmpty()) {
            builder.replyTo(settings.replyTo());
        }
        return builder.build();
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
