package nl.samenwerkingskaart.initiatives.newsletter.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The newsletter's configuration (PID {@code nl.samenwerkingskaart.initiatives.newsletter.service.NewsletterDesk}). */
@ObjectClassDefinition(name = "Samenwerkingskaart - newsletter",
        description = "Double opt-in signup for the newsletter: how long a confirmation link works, limits of the"
                + " public signup, the address the mailed links start with.")
public @interface NewsletterSettings {

    @AttributeDefinition(name = "Confirmation period", description = "How long an unconfirmed signup waits for its"
            + " confirmation (ISO-8601 duration, e.g. P7D); then its link stops working and the expiry job removes it.")
    String confirmationPeriod() default "P7D";

    @AttributeDefinition(name = "Resend window (seconds)", description = "A pending address signed up again gets a"
            + " new confirmation mail at most once in this period.")
    int resendWindowSeconds() default 600;

    @AttributeDefinition(name = "Signups per client", description = "How many signups one client address may send"
            + " within the window; more are refused with 429.")
    int rateLimit() default 5;

    @AttributeDefinition(name = "Window (seconds)", description = "The sliding window of the rate limit.")
    int rateWindowSeconds() default 600;

    @AttributeDefinition(name = "Maximum body size (bytes)", description = "Larger requests are refused with 413.")
    int maxBodyBytes() default 8_192;

    @AttributeDefinition(name = "Site address", description = "Scheme and host the links in the mails start with,"
            + " e.g. https://www.samenwerkingskaart.nl. Empty: the host the visitor used (set it in production, so a"
            + " forged Host header cannot put another site into the mails).")
    String siteAddress() default "";
}
