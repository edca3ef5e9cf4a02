package nl.samenwerkingskaart.initiatives.service;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.samenwerkingskaart.initiatives.api.MailSender;
import nl.samenwerkingskaart.initiatives.api.PlainMail;
import nl.samenwerkingskaart.initiatives.submission.EmailAddress;
import nl.samenwerkingskaart.initiatives.submission.mail.MailFailure;
import nl.samenwerkingskaart.initiatives.submission.mail.MailText;
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

/** {@link MailSender} through Sling Commons Messaging Mail, for the other bundles of the product. */
@Component(service = MailSender.class)
@Designate(ocd = PlainMailSender.Config.class)
public class PlainMailSender implements MailSender {

    @ObjectClassDefinition(name = "Samenwerkingskaart - plain mails",
            description = "Mails of the other Samenwerkingskaart bundles, such as review invitations for portraits.")
    public @interface Config {
        @AttributeDefinition(name = "Sender address", description = "Without one, no mails are sent.")
        String from() default "";

        @AttributeDefinition(name = "Sender name")
        String fromName() default "Samenwerkingskaart";
    }

    private static final Logger LOG = LoggerFactory.getLogger(PlainMailSender.class);
    /** The only extra headers a mail may carry: none of them changes who gets it or who it is from. */
    private static final List<String> LIST_HEADERS = List.of(PlainMail.LIST_UNSUBSCRIBE, PlainMail.LIST_UNSUBSCRIBE_POST);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MailService mailService;

    private volatile Config config;

    @Activate
    @Modified
    void activate(Config config) {
        this.config = config;
    }

    @Override
    public boolean isPlausibleAddress(String address) {
        return address != null && EmailAddress.isPlausible(address);
    }

    @Override
    public CompletionStage<Boolean> send(PlainMail mail) {
        String label = MailText.line(mail.label(), 60);
        MailService service = mailService;
        String from = config.from() == null ? "" : config.from().strip();
        if (service == null || from.isEmpty()) {
            LOG.info("No {} mail sent: mail is not configured", label);
            return CompletableFuture.completedFuture(false);
        }
        if (!isPlausibleAddress(mail.recipient())) {
            LOG.info("No {} mail sent: the recipient's address cannot receive mail", label);
            return CompletableFuture.completedFuture(false);
        }
        try {
            MessageBuilder builder = service.getMessageBuilder()
                    .from(from, config.fromName())
                    .to(mail.recipient())
                    .subject(MailText.line(mail.subject(), 200))
                    .text(mail.body())
                    .header(MailServiceSubmissionMailer.AUTO_SUBMITTED, "auto-generated")
                    .header("Content-Language", mail.language().toLanguageTag());
            for (String name : LIST_HEADERS) {
                String value = mail.headers().get(name);
                if (value != null && MailText.isSingleLine(value) && value.length() <= 500) {
                    builder = builder.header(name, value);
                }
            }
            MimeMessage message = builder.build();
            return service.sendMessage(message).handle((done, failure) -> {
                if (failure != null) {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    LOG.warn("The {} mail could not be sent: {}", label, MailFailure.describe(cause));
                    return false;
                }
                LOG.info("Sent a {} mail", label);
                return true;
            });
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("The {} mail could not be sent: {}", label, MailFailure.describe(e));
            return CompletableFuture.completedFuture(false);
        }
    }
}
