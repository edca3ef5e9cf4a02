package nl.samenwerkingskaart.initiatives.api;

import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Plain-text mail through the product's mail configuration (Sling Commons Messaging Mail, docs/deployment.md):
 * the same sender address and server the submitters' mails use.
 */
@ProviderType
public interface MailSender {

    /**
     * Whether an address is worth sending to: one mailbox, no display name, no markup, a dotted domain. Only
     * sending tells whether it works.
     */
    boolean isPlausibleAddress(String address);

    /**
     * Sends in the background. The stage completes with false when mail is not configured, the recipient is not
     * plausible or sending failed (logged without the recipient); it never completes exceptionally.
     */
    CompletionStage<Boolean> send(PlainMail mail);
}
