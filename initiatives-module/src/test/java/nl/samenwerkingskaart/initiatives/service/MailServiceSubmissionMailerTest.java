package nl.samenwerkingskaart.initiatives.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.submission.ModerationDecision;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.submission.SubmissionKind;
import nl.samenwerkingskaart.initiatives.submission.Submitter;
import org.apache.sling.commons.messaging.mail.MailService;
import org.apache.sling.commons.messaging.mail.MessageBuilder;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The glue between the mail texts and Sling's mail service: what is handed over, and that nothing ever throws. */
@ExtendWith(SlingContextExtension.class)
class MailServiceSubmissionMailerTest {

    private static final String REFERENCE = "SW-2026-K3F9QX";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final SlingContext context = new SlingContext();
    private final MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    private MailService mailService;
    private MessageBuilder builder;

    @BeforeEach
    void setUp() throws Exception {
        PublishedInitiatives published = mock(PublishedInitiatives.class);
        when(published.find(anyString())).thenReturn(Optional.empty());
        context.registerService(PublishedInitiatives.class, published);
        mailService = mock(MailService.class);
        builder = mock(MessageBuilder.class, RETURNS_SELF);
        when(builder.build()).thenReturn(message);
        when(mailService.getMessageBuilder()).thenReturn(builder);
        when(mailService.sendMessage(any())).thenReturn(CompletableFuture.completedFuture(null));
    }

    @Test
    void handsTheReceiptToTheMailServiceForTheSubmitterOnly() throws Exception {
        SubmissionMailer mailer = mailer(true, Map.of("replyTo", "onderzoek@example.org"));

        assertTrue(mailer.sendReceipt(REFERENCE, content("anja@example.nl"), DUTCH).toCompletableFuture().join());

        verify(builder).from("noreply@example.org", "Samenwerkingskaart");
        verify(builder).to("anja@example.nl");
        verify(builder, never()).cc(anyString());
        verify(builder, never()).bcc(anyString());
        verify(builder).replyTo("onderzoek@example.org");
        verify(builder).subject("Ontvangen: uw melding SW-2026-K3F9QX voor de Samenwerkingskaart");
        verify(builder).text(contains("Kenmerk: SW-2026-K3F9QX"));
        verify(builder).header("Auto-Submitted", "auto-generated");
        verify(builder).header("Content-Language", "nl");
        verify(builder, never()).html(anyString());
        verify(mailService).sendMessage(message);
    }

    @Test
    void handsTheOutcomeOverInTheSubmissionsLanguageWithAnOperatorsText() throws Exception {
        SubmissionMailer mailer = mailer(true, Map.of("rejected.subject.en", "Decision on {reference}",
                "rejected.body.en", "No.\\n{reason}"));

        assertTrue(mailer.sendOutcome(REFERENCE, content("anja@example.nl"),
                new ModerationDecision.Reject("Out of scope."), Locale.ENGLISH).toCompletableFuture().join());

        verify(builder).subject("Decision on SW-2026-K3F9QX");
        verify(builder).text("No.\nOut of scope.");
    }

    @Test
    void aMailThatFailsToSendIsReportedAsNotSentAndNeverThrows() {
        when(mailService.sendMessage(any())).thenReturn(CompletableFuture.failedFuture(
                new CompletionException(new MessagingException("550 <anja@example.nl> unknown"))));
        SubmissionMailer mailer = mailer(true, Map.of());

        assertFalse(mailer.sendReceipt(REFERENCE, content("anja@example.nl"), DUTCH).toCompletableFuture().join());
    }

    @Test
    void aMailServiceThatThrowsIsReportedAsNotSent() throws Exception {
        when(builder.build()).thenThrow(new MessagingException("broken"));
        SubmissionMailer mailer = mailer(true, Map.of());
        assertFalse(mailer.sendReceipt(REFERENCE, content("anja@example.nl"), DUTCH).toCompletableFuture().join());

        when(mailService.getMessageBuilder()).thenThrow(new IllegalStateException("no thread pool"));
        assertFalse(mailer.sendOutcome(REFERENCE, content("anja@example.nl"), ModerationDecision.Approve.asSubmitted(),
                DUTCH).toCompletableFuture().join());
    }

    @Test
    void withoutAMailServiceOrSenderNothingIsSent() throws Exception {
        SubmissionMailer withoutService = mailer(false, Map.of());
        assertFalse(withoutService.sendReceipt(REFERENCE, content("anja@example.nl"), DUTCH)
                .toCompletableFuture().join());
        assertFalse(withoutService.sendReceipt(REFERENCE, content("anja@example.nl"), DUTCH)
                .toCompletableFuture().join());

        SubmissionMailer withoutSender = mailer(true, Map.of("from", " "));
        assertFalse(withoutSender.sendReceipt(REFERENCE, content("anja@example.nl"), DUTCH)
                .toCompletableFuture().join());
        verify(mailService, never()).sendMessage(any());
    }

    @Test
    void nothingGoesToAnAddressThatCannotReceiveMail() throws Exception {
        SubmissionMailer mailer = mailer(true, Map.of());
        assertFalse(mailer.sendReceipt(REFERENCE, content(Submitter.ANONYMISED.email()), DUTCH)
                .toCompletableFuture().join());
        verify(builder, never()).to(anyString());
        verify(mailService, never()).sendMessage(any());
    }

    @Test
    void withoutASenderNameTheAddressAloneIsTheSender() throws AddressException {
        SubmissionMailer mailer = mailer(true, Map.of("fromName", ""));
        assertTrue(mailer.sendReceipt(REFERENCE, content("anja@example.nl"), DUTCH).toCompletableFuture().join());
        verify(builder).from("noreply@example.org");
        verify(builder, never()).replyTo(startsWith(""));
    }

    private SubmissionMailer mailer(boolean withMailService, Map<String, Object> properties) {
        if (withMailService) {
            context.registerService(MailService.class, mailService);
        }
        Map<String, Object> config = new HashMap<>(Map.of("from", "noreply@example.org"));
        config.putAll(properties);
        return context.registerInjectActivateService(new MailServiceSubmissionMailer(), config);
    }

    private static SubmissionContent content(String email) {
        return new SubmissionContent(SubmissionKind.NEW_INITIATIVE, null,
                InitiativeInput.builder().name("Zorgpact Noord").build(), "Groet, Anja (06-12345678)",
                new Submitter("Anja de Boer", email, null, null));
    }
}
