package nl.samenwerkingskaart.initiatives.newsletter;

import java.util.Locale;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.api.PlainMail;
import nl.samenwerkingskaart.initiatives.submission.mail.MailText;

/**
 * The two mails of a subscription, plain text in the subscriber's language: the confirmation request (double
 * opt-in) and the welcome after confirming. Each carries its unsubscribe link in the text and in the
 * {@code List-Unsubscribe} headers (RFC 2369, with RFC 8058's one-click POST), so a mail program can offer it too.
 * The visitor's name is the only text of theirs in a mail; it is made one plain line.
 */
public final class NewsletterMails {

    /** The query parameter of the one-click unsubscribe address. */
    public static final String TOKEN_PARAMETER = "token";

    static final String CONFIRMATION_LABEL = "newsletter confirmation";
    static final String WELCOME_LABEL = "newsletter welcome";

    private NewsletterMails() {}

    /**
     * @param confirmLink the personal confirm page (absolute)
     * @param unsubscribeLink the personal unsubscribe page (absolute)
     * @param days how long the confirm link works
     */
    public static PlainMail confirmation(Subscription subscription, String confirmLink, String unsubscribeLink,
            long days) {
        Locale language = NewsletterTexts.language(subscription.language());
        String body = greeting(subscription, language) + "\n\n"
                + NewsletterTexts.text(language, "mail.confirm.body", confirmLink, days) + "\n\n"
                + NewsletterTexts.text(language, "mail.confirm.notYou") + "\n\n"
                + footer(language, unsubscribeLink);
        return new PlainMail(subscription.email(), NewsletterTexts.text(language, "mail.confirm.subject"), body,
                language, CONFIRMATION_LABEL, headers(unsubscribeLink));
    }

    public static PlainMail welcome(Subscription subscription, String unsubscribeLink) {
        Locale language = NewsletterTexts.language(subscription.language());
        String body = greeting(subscription, language) + "\n\n"
                + NewsletterTexts.text(language, "mail.welcome.body") + "\n\n"
                + footer(language, unsubscribeLink);
        return new PlainMail(subscription.email(), NewsletterTexts.text(language, "mail.welcome.subject"), body,
                language, WELCOME_LABEL, headers(unsubscribeLink));
    }

    private static String greeting(Subscription subscription, Locale language) {
        String name = subscription.name() == null ? "" : MailText.line(subscription.name(), SignupForm.MAX_NAME);
        return name.isEmpty()
                ? NewsletterTexts.text(language, "mail.greeting")
                : NewsletterTexts.text(language, "mail.greeting.named", name);
    }

    private static String footer(Locale language, String unsubscribeLink) {
        return "-- \n" + NewsletterTexts.text(language, "mail.unsubscribe", unsubscribeLink);
    }

    private static Map<String, String> headers(String unsubscribeLink) {
        return Map.of(PlainMail.LIST_UNSUBSCRIBE, "<" + oneClick(unsubscribeLink) + ">",
                PlainMail.LIST_UNSUBSCRIBE_POST, "List-Unsubscribe=One-Click");
    }

    /**
     * The unsubscribe link with its token as the query parameter {@value #TOKEN_PARAMETER} instead of the last path
     * segment ({@code ….unsubscribe.html/<token>} becomes {@code ….unsubscribe.html?token=<token>}). A mail program's
     * one-click POST (RFC 8058) carries no Referer; Sling's referrer filter lets such a POST through only to paths
     * it is told by name, and a name cannot hold a personal token. A GET of it is sent on to the link's page.
     */
    public static String oneClick(String unsubscribeLink) {
        int slash = unsubscribeLink.lastIndexOf('/');
        return unsubscribeLink.substring(0, slash) + "?" + TOKEN_PARAMETER + "=" + unsubscribeLink.substring(slash + 1);
    }
}
