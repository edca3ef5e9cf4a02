package nl.samenwerkingskaart.initiatives.newsletter.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samenwerkingskaart.initiatives.api.MailSender;
import nl.samenwerkingskaart.initiatives.api.PlainMail;
import nl.samenwerkingskaart.initiatives.newsletter.LinkPurpose;
import nl.samenwerkingskaart.initiatives.newsletter.NewsletterMails;
import nl.samenwerkingskaart.initiatives.newsletter.NewsletterTokens;
import nl.samenwerkingskaart.initiatives.newsletter.SignupForm;
import nl.samenwerkingskaart.initiatives.newsletter.Subscription;
import nl.samenwerkingskaart.initiatives.newsletter.repository.SubscriptionStore;
import org.apache.sling.api.resource.LoginException;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newsletter's side of the visitor, with the service user {@value #SUBSERVICE}: signing up (a pending
 * subscription and a confirmation request by mail), confirming through the mailed link (and a welcome mail),
 * unsubscribing (the subscription removed, nothing kept), and removing pending subscriptions nobody confirmed.
 * Every answer to a signup is the same whether the address was new, pending or confirmed, so the form tells nobody
 * who is subscribed; only the address's owner learns it, from their mailbox.
 */
@Component(service = NewsletterDesk.class)
@Designate(ocd = NewsletterSettings.class)
public class NewsletterDesk {

    static final String SUBSERVICE = "newsletter-writer";
    public static final String LINK_PATH = "/bin/samenwerkingskaart/public/newsletter";

    private static final Logger LOG = LoggerFactory.getLogger(NewsletterDesk.class);

    @Reference
    private ResourceResolverFactory resolverFactory;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MailSender mailSender;

    private final SubscriptionStore store = new SubscriptionStore();
    private NewsletterTokens tokens = new NewsletterTokens(new SecureRandom());
    private Clock clock = Clock.systemUTC();
    private volatile Limits limits = Limits.of(null);

    public NewsletterDesk() {}

    /** For tests. */
    NewsletterDesk(ResourceResolverFactory resolverFactory, MailSender mailSender, NewsletterTokens tokens,
            Clock clock, Limits limits) {
        this.resolverFactory = resolverFactory;
        this.mailSender = mailSender;
        this.tokens = tokens;
        this.clock = clock;
        this.limits = limits;
    }

    @Activate
    @Modified
    void configure(NewsletterSettings settings) {
        limits = Limits.of(settings);
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Takes a valid signup. New address: stored pending, confirmation request sent. Pending address: a new request
     * at most once per resend window (so nobody can flood someone's mailbox through the form). Confirmed address:
     * nothing. A robot's (honeypot) signup: nothing.
     *
     * @param linkBase scheme, host and context path the links in the mail start with, when no site address is
     *     configured
     */
    public void signup(SignupForm form, Locale language, String linkBase) throws LoginException,
            PersistenceException {
        if (form.isRobot() || !form.problems().isEmpty()) {
            return;
        }
        try (ResourceResolver resolver = serviceResolver()) {
            PlainMail mail;
            try {
                mail = storeSignup(resolver, form, language, linkBase);
            } catch (PersistenceException e) {
                // The same address at the same moment from two requests: the other one won; look again once.
                resolver.refresh();
                mail = storeSignup(resolver, form, language, linkBase);
            }
            send(mail);
        }
    }

    private PlainMail storeSignup(ResourceResolver resolver, SignupForm form, Locale language, String linkBase)
            throws PersistenceException {
        Instant now = clock.instant();
        Limits current = limits;
        Optional<Subscription> earlier = store.find(resolver, NewsletterTokens.addressKey(form.cleanEmail()));
        Subscription subscription;
        if (earlier.isEmpty()) {
            subscription = Subscription.pending(form.cleanEmail(), form.cleanName(), language, now);
        } else if (earlier.get().mayResend(now, current.resendWindow())) {
            subscription = earlier.get().resent(form.cleanName(), language, now);
        } else {
            return null;
        }
        String confirm = tokens.newToken();
        String unsubscribe = tokens.newToken();
        Map<String, LinkPurpose> links = new LinkedHashMap<>();
        links.put(confirm, LinkPurpose.CONFIRM);
        links.put(unsubscribe, LinkPurpose.UNSUBSCRIBE);
        store.save(resolver, subscription, links);
        String base = current.base(linkBase);
        return NewsletterMails.confirmation(subscription, link(base, LinkPurpose.CONFIRM, confirm),
                link(base, LinkPurpose.UNSUBSCRIBE, unsubscribe), Math.max(1, current.confirmationPeriod().toDays()));
    }

    /** What a personal link opens: the subscription's language when the link works for its purpose. */
    public Optional<Locale> open(String token, LinkPurpose purpose) throws LoginException {
        try (ResourceResolver resolver = serviceResolver()) {
            return usable(resolver, token, purpose).map(Subscription::language);
        }
    }

    /**
     * Confirms the subscription the link belongs to and sends the welcome mail with a new unsubscribe link; a
     * confirmed one stays as it was (no second welcome). Empty when the link does not confirm (unknown, expired).
     */
    public Optional<Locale> confirm(String token, String linkBase) throws LoginException, PersistenceException {
        try (ResourceResolver resolver = serviceResolver()) {
            Optional<Subscription> found = usable(resolver, token, LinkPurpose.CONFIRM);
            if (found.isEmpty() || found.get().isConfirmed()) {
                return found.map(Subscription::language);
            }
            Subscription confirmed = found.get().confirm(clock.instant());
            String unsubscribe = tokens.newToken();
            store.save(resolver, confirmed, Map.of(unsubscribe, LinkPurpose.UNSUBSCRIBE));
            send(NewsletterMails.welcome(confirmed, link(limits.base(linkBase), LinkPurpose.UNSUBSCRIBE,
                    unsubscribe)));
            return Optional.of(confirmed.language());
        }
    }

    /** Removes the subscription the link belongs to, links and all. Empty when the link is unknown. */
    public Optional<Locale> unsubscribe(String token) throws LoginException, PersistenceException {
        try (ResourceResolver resolver = serviceResolver()) {
            Optional<SubscriptionStore.Link> link = store.findLink(resolver, token)
                    .filter(l -> l.purpose() == LinkPurpose.UNSUBSCRIBE);
            if (link.isEmpty()) {
                return Optional.empty();
            }
            Optional<Subscription> subscription = store.find(resolver, link.get().subscriberKey());
            store.remove(resolver, link.get().subscriberKey());
            return Optional.of(subscription.map(Subscription::language).orElse(Locale.forLanguageTag("nl")));
        }
    }

    /** Removes every pending subscription whose confirmation period has passed; how many. */
    public int expire() throws LoginException {
        try (ResourceResolver resolver = serviceResolver()) {
            Instant now = clock.instant();
            Duration period = limits.confirmationPeriod();
            int removed = 0;
            for (Subscription subscription : store.all(resolver)) {
                if (subscription.isExpired(now, period)) {
                    try {
                        removed += store.remove(resolver, subscription.key()) ? 1 : 0;
                    } catch (PersistenceException e) {
                        LOG.warn("An expired newsletter subscription could not be removed: {}", e.getMessage());
                        resolver.refresh();
                    }
                }
            }
            return removed;
        }
    }

    /** A link of this purpose whose subscription exists and, while pending, has not expired. */
    private Optional<Subscription> usable(ResourceResolver resolver, String token, LinkPurpose purpose) {
        return store.findLink(resolver, token)
                .filter(link -> link.purpose() == purpose)
                .flatMap(link -> store.find(resolver, link.subscriberKey()))
                .filter(s -> purpose == LinkPurpose.UNSUBSCRIBE
                        || !s.isExpired(clock.instant(), limits.confirmationPeriod()));
    }

    static String link(String base, LinkPurpose purpose, String token) {
        return base + LINK_PATH + "." + purpose.code() + ".html/" + token;
    }

    /** Stored is what counts: a mail that cannot be sent is logged by the sender, never the visitor's problem. */
    private void send(PlainMail mail) {
        MailSender sender = mailSender;
        if (mail == null) {
            return;
        }
        if (sender == null) {
            LOG.info("No {} mail sent: no mail sender", mail.label());
            return;
        }
        try {
            sender.send(mail);
        } catch (RuntimeException e) {
            LOG.warn("The {} mail could not be handed to the mail sender: {}", mail.label(), e.toString());
        }
    }

    private ResourceResolver serviceResolver() throws LoginException {
        return resolverFactory.getServiceResourceResolver(Map.of(ResourceResolverFactory.SUBSERVICE, SUBSERVICE));
    }

    /** The settings in force, checked. */
    public record Limits(Duration confirmationPeriod, Duration resendWindow, int rateLimit, Duration rateWindow,
            int maxBodyBytes, String siteAddress) {

        static Limits of(NewsletterSettings settings) {
            if (settings == null) {
                return new Limits(Duration.ofDays(7), Duration.ofMinutes(10), 5, Duration.ofMinutes(10), 8_192, "");
            }
            String address = settings.siteAddress() == null ? "" : settings.siteAddress().strip();
            if (!address.isEmpty() && !address.matches("https?://[A-Za-z0-9.:\\[\\]-]+(/[A-Za-z0-9._~/-]*)?")) {
                LOG.warn("The newsletter's site address {} is not an http(s) address; links use the request's host",
                        address);
                address = "";
            }
            while (address.endsWith("/")) {
                address = address.substring(0, address.length() - 1);
            }
            return new Limits(period(settings.confirmationPeriod()),
                    Duration.ofSeconds(Math.max(1, settings.resendWindowSeconds())),
                    Math.max(1, settings.rateLimit()), Duration.ofSeconds(Math.max(1, settings.rateWindowSeconds())),
                    Math.max(1_024, settings.maxBodyBytes()), address);
        }

        /** An ISO-8601 duration such as P7D; seven days when it is not one or not positive. */
        static Duration period(String text) {
            try {
                Duration period = Duration.parse(text == null ? "" : text.strip());
                if (!period.isNegative() && !period.isZero()) {
                    return period;
                }
            } catch (java.time.format.DateTimeParseException e) {
                // below
            }
            LOG.warn("The newsletter's confirmation period {} is not a positive ISO-8601 duration; using P7D", text);
            return Duration.ofDays(7);
        }

        /** The configured site address, else the request's. */
        String base(String requestBase) {
            return siteAddress.isEmpty() ? requestBase : siteAddress;
        }

    }
}
