package nl.samenwerkingskaart.initiatives.newsletter.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenwerkingskaart.initiatives.api.MailSender;
import nl.samenwerkingskaart.initiatives.api.PlainMail;
import nl.samenwerkingskaart.initiatives.newsletter.LinkPurpose;
import nl.samenwerkingskaart.initiatives.newsletter.NewsletterTokens;
import nl.samenwerkingskaart.initiatives.newsletter.SignupForm;
import nl.samenwerkingskaart.initiatives.newsletter.Subscription;
import nl.samenwerkingskaart.initiatives.newsletter.repository.SubscriptionStore;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The double opt-in against a real Oak repository, with the mails caught. */
@ExtendWith(SlingContextExtension.class)
class NewsletterDeskTest {

    private static final Pattern LINK = Pattern.compile(
            "https://www\\.example\\.nl/bin/samenwerkingskaart/public/newsletter\\.(confirm|unsubscribe)\\.html/"
                    + "([A-Za-z0-9_-]{43})");
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final String BASE = "https://www.example.nl";

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final List<PlainMail> sent = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final SubscriptionStore store = new SubscriptionStore();
    private NewsletterDesk desk;

    @BeforeEach
    void setUp() throws Exception {
        context.build().resource(SubscriptionStore.ROOT).commit();
        ResourceResolver resolver = context.resourceResolver();
        // The desk closes what the factory gives it; the test's own session must stay open.
        ResourceResolver unclosable = (ResourceResolver) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ResourceResolver.class}, (proxy, method, args) ->
                        "close".equals(method.getName()) ? null : method.invoke(resolver, args));
        ResourceResolverFactory factory = mock(ResourceResolverFactory.class);
        when(factory.getServiceResourceResolver(anyMap())).thenReturn(unclosable);
        MailSender mail = mock(MailSender.class);
        when(mail.send(any())).thenAnswer(invocation -> {
            sent.add(invocation.getArgument(0));
            return CompletableFuture.completedFuture(true);
        });
        desk = new NewsletterDesk(factory, mail, new NewsletterTokens(new SecureRandom()), clock,
                new NewsletterDesk.Limits(Duration.ofDays(7), Duration.ofMinutes(10), 5, Duration.ofMinutes(10),
                        8_192, ""));
    }

    @Test
    void signupStoresAPendingSubscriptionAndMailsTheLinks() throws Exception {
        desk.signup(new SignupForm("Anja@Example.nl ", "Anja", ""), NL, BASE);

        Subscription stored = only();
        assertEquals("Anja@Example.nl", stored.email());
        assertEquals("Anja", stored.name());
        assertFalse(stored.isConfirmed());
        assertEquals(1, sent.size());
        assertEquals("Anja@Example.nl", sent.get(0).recipient());
        String confirm = token(sent.get(0), "confirm");
        String unsubscribe = token(sent.get(0), "unsubscribe");
        assertEquals(List.of(), nodesContaining(confirm), "no token is stored, only its hash");
        assertEquals(List.of(), nodesContaining(unsubscribe));
        assertEquals(List.of(), nodesContaining("Anja@Example.nl").stream().filter(p -> !p.endsWith("/email")
                && !p.contains("/subscribers/")).toList(), "the address is in no path");
    }

    @Test
    void confirmingMakesItConfirmedAndSendsTheWelcomeWithAWorkingUnsubscribeLink() throws Exception {
        desk.signup(new SignupForm("anja@example.nl", null, null), Locale.ENGLISH, BASE);
        String confirm = token(sent.get(0), "confirm");

        assertEquals(Locale.ENGLISH, desk.open(confirm, LinkPurpose.CONFIRM).orElseThrow());
        assertFalse(only().isConfirmed(), "opening the link confirms nothing: only the button's POST does");
        clock.advance(Duration.ofHours(2));
        assertEquals(Locale.ENGLISH, desk.confirm(confirm, BASE).orElseThrow());

        Subscription confirmed = only();
        assertTrue(confirmed.isConfirmed());
        assertEquals(clock.instant(), confirmed.confirmedAt());
        assertEquals(2, sent.size());
        assertEquals("Welcome to the newsletter", sent.get(1).subject());

        desk.confirm(confirm, BASE);
        assertEquals(2, sent.size(), "confirming twice sends no second welcome");

        String unsubscribe = token(sent.get(1), "unsubscribe");
        assertTrue(desk.unsubscribe(unsubscribe).isPresent());
        assertEquals(List.of(), store.all(context.resourceResolver()));
        assertEquals(0, childCount("links"), "the links go with the subscriber: nothing is kept");
    }

    @Test
    void theConfirmationMailsUnsubscribeLinkWorksToo() throws Exception {
        desk.signup(new SignupForm("anja@example.nl", null, null), NL, BASE);
        assertTrue(desk.unsubscribe(token(sent.get(0), "unsubscribe")).isPresent());
        assertEquals(List.of(), store.all(context.resourceResolver()));
        assertTrue(desk.open(token(sent.get(0), "confirm"), LinkPurpose.CONFIRM).isEmpty(), "gone is gone");
    }

    @Test
    void aLinkOnlyDoesWhatItIsFor() throws Exception {
        desk.signup(new SignupForm("anja@example.nl", null, null), NL, BASE);
        String confirm = token(sent.get(0), "confirm");
        String unsubscribe = token(sent.get(0), "unsubscribe");
        assertTrue(desk.unsubscribe(confirm).isEmpty(), "a confirm link does not unsubscribe");
        assertTrue(desk.confirm(unsubscribe, BASE).isEmpty(), "an unsubscribe link does not confirm");
        assertTrue(desk.confirm("x".repeat(43), BASE).isEmpty(), "an unknown token");
        assertTrue(desk.confirm("../../etc", BASE).isEmpty(), "no token at all");
        assertFalse(only().isConfirmed());
    }

    @Test
    void signingUpAgainGivesTheSameAnswerAndAtMostOneMailPerWindow() throws Exception {
        desk.signup(new SignupForm("anja@example.nl", null, null), NL, BASE);
        desk.signup(new SignupForm("ANJA@example.nl", "Anja", null), NL, BASE);
        assertEquals(1, sent.size(), "within the window: no second mail");

        clock.advance(Duration.ofMinutes(10));
        desk.signup(new SignupForm("anja@example.nl", "Anja", null), Locale.ENGLISH, BASE);
        assertEquals(2, sent.size(), "after the window: one more");
        assertEquals("Please confirm your newsletter subscription", sent.get(1).subject());
        assertEquals(1, store.all(context.resourceResolver()).size(), "still one subscriber");
        assertTrue(desk.confirm(token(sent.get(0), "confirm"), BASE).isPresent(), "the first link still works");

        clock.advance(Duration.ofDays(30));
        desk.signup(new SignupForm("anja@example.nl", null, null), NL, BASE);
        assertEquals(3, sent.size(), "welcome only; a confirmed address gets no new request");
        assertTrue(only().isConfirmed());
    }

    @Test
    void aRobotOrAnInvalidFormStoresAndSendsNothing() throws Exception {
        desk.signup(new SignupForm("anja@example.nl", null, "https://spam.example"), NL, BASE);
        desk.signup(new SignupForm("not an address", null, null), NL, BASE);
        assertEquals(List.of(), store.all(context.resourceResolver()));
        assertEquals(List.of(), sent);
    }

    @Test
    void unconfirmedSignupsExpireAndAreRemovedConfirmedOnesStay() throws Exception {
        desk.signup(new SignupForm("old@example.nl", null, null), NL, BASE);
        desk.signup(new SignupForm("kept@example.nl", null, null), NL, BASE);
        String oldConfirm = token(sent.get(0), "confirm");
        desk.confirm(token(sent.get(1), "confirm"), BASE);
        clock.advance(Duration.ofDays(6));
        desk.signup(new SignupForm("recent@example.nl", null, null), NL, BASE);

        clock.advance(Duration.ofDays(1));
        assertTrue(desk.open(oldConfirm, LinkPurpose.CONFIRM).isEmpty(), "an expired link no longer confirms");
        assertTrue(desk.confirm(oldConfirm, BASE).isEmpty());
        new NewsletterExpiryJob(desk).run();

        List<String> left = store.all(context.resourceResolver()).stream().map(Subscription::email).sorted().toList();
        assertEquals(List.of("kept@example.nl", "recent@example.nl"), left);
        assertEquals(0, desk.expire(), "nothing more to do");
    }

    @Test
    void theLinksUseTheConfiguredSiteAddressNotTheRequestsHost() throws Exception {
        NewsletterDesk.Limits limits = NewsletterDesk.Limits.of(settings("https://www.example.nl/", "P2D"));
        assertEquals("https://www.example.nl", limits.siteAddress());
        assertEquals(Duration.ofDays(2), limits.confirmationPeriod());
        assertEquals("https://www.example.nl", limits.base("http://evil.example"));
        assertEquals("", NewsletterDesk.Limits.of(settings("javascript:alert(1)", "P7D")).siteAddress());
        assertEquals(Duration.ofDays(7), NewsletterDesk.Limits.of(settings("", "soon")).confirmationPeriod());
        assertEquals(Duration.ofDays(7), NewsletterDesk.Limits.of(settings("", "-P1D")).confirmationPeriod());
    }

    private static NewsletterSettings settings(String siteAddress, String period) {
        NewsletterSettings settings = mock(NewsletterSettings.class);
        when(settings.siteAddress()).thenReturn(siteAddress);
        when(settings.confirmationPeriod()).thenReturn(period);
        when(settings.resendWindowSeconds()).thenReturn(600);
        when(settings.rateLimit()).thenReturn(5);
        when(settings.rateWindowSeconds()).thenReturn(600);
        when(settings.maxBodyBytes()).thenReturn(8192);
        return settings;
    }

    private Subscription only() {
        List<Subscription> all = store.all(context.resourceResolver());
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private static String token(PlainMail mail, String purpose) {
        Matcher matcher = LINK.matcher(mail.body());
        while (matcher.find()) {
            if (matcher.group(1).equals(purpose)) {
                return matcher.group(2);
            }
        }
        throw new AssertionError("No " + purpose + " link in " + mail.body());
    }

    private long childCount(String folder) {
        Resource resource = context.resourceResolver().getResource(SubscriptionStore.ROOT + "/" + folder);
        if (resource == null) {
            return 0;
        }
        long count = 0;
        for (Resource ignored : resource.getChildren()) {
            count++;
        }
        return count;
    }

    /** Paths of nodes and properties under the root whose name or value contains the text. */
    private List<String> nodesContaining(String text) {
        List<String> found = new ArrayList<>();
        collect(context.resourceResolver().getResource(SubscriptionStore.ROOT), text, found);
        return found;
    }

    private static void collect(Resource resource, String text, List<String> found) {
        if (resource.getName().contains(text)) {
            found.add(resource.getPath());
        }
        resource.getValueMap().forEach((name, value) -> {
            String shown = value instanceof Object[] array ? java.util.Arrays.toString(array) : String.valueOf(value);
            if (shown.contains(text)) {
                found.add(resource.getPath() + "/" + name);
            }
        });
        for (Resource child : resource.getChildren()) {
            collect(child, text, found);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
