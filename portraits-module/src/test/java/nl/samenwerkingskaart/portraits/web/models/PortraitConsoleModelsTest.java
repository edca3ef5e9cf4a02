package nl.samenwerkingskaart.portraits.web.models;

import static nl.samenwerkingskaart.portraits.TestPortraits.completeContent;
import static nl.samenwerkingskaart.portraits.TestPortraits.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenwerkingskaart.initiatives.api.CsrfProtection;
import nl.samenwerkingskaart.initiatives.api.RegionDirectory;
import nl.samenwerkingskaart.portraits.TestPortraits;
import nl.samenwerkingskaart.portraits.domain.FieldProblem;
import nl.samenwerkingskaart.portraits.domain.Section;
import nl.samenwerkingskaart.portraits.domain.review.Invitation;
import nl.samenwerkingskaart.portraits.domain.review.ReviewTokens;
import nl.samenwerkingskaart.portraits.repository.PortraitProperties;
import nl.samenwerkingskaart.portraits.repository.ReviewStore;
import nl.samenwerkingskaart.portraits.service.ActionOutcome;
import nl.samenwerkingskaart.portraits.service.ReviewRound;
import nl.samenwerkingskaart.portraits.service.TestServices;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.event.EventAdmin;

/** The console's list and detail pages' models (they use the real clock, so dates are relative to now). */
@ExtendWith(SlingContextExtension.class)
class PortraitConsoleModelsTest {

    private static final String TWENTE = "/content/site/portretten/twente";
    private static final String DRENTHE = "/content/site/portretten/drenthe";

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final Instant now = Instant.now();
    private ResourceResolver resolver;
    private String anjaId;
    private String remarkId;

    @BeforeEach
    void setUp() throws Exception {
        resolver = context.resourceResolver();
        Map<String, Object> twente = new HashMap<>(completeContent("Twente"));
        twente.put(PortraitProperties.ID, "p-twente");
        twente.put(PortraitProperties.REGIONS, new String[] {"AM20", "AM01"});
        page(resolver, TWENTE, twente);
        TestPortraits.pdf(resolver, TestPortraits.PDF, "%PDF");
        Map<String, Object> drenthe = new HashMap<>(Map.of(PortraitProperties.TITLE, "Drenthe",
                PortraitProperties.REGIONS, new String[] {"AM05"}));
        page(resolver, DRENTHE, drenthe);

        Invitation anja = invitation("Anja", now.plus(Duration.ofDays(5)));
        Invitation bert = invitation("Bert", now.minus(Duration.ofDays(1)));
        anjaId = anja.id();
        ReviewStore.addInvitation(resolver, anja, TWENTE);
        ReviewStore.addInvitation(resolver, bert, TWENTE);
        remarkId = ReviewStore.addFeedback(resolver, anja, Section.STRENGTHS, "Klopt.", now.minusSeconds(60));
        String handled = ReviewStore.addFeedback(resolver, bert, Section.GENERAL, "Oud.", now.minusSeconds(120));
        ReviewStore.setHandled(resolver, "p-twente", handled, true, "redacteur", now);
        resolver.commit();

        RegionDirectory regions = mock(RegionDirectory.class);
        when(regions.labourMarketRegions()).thenReturn(Map.of("AM20", "Twente", "AM01", "Groningen"));
        context.registerService(RegionDirectory.class, regions);
        CsrfProtection csrf = mock(CsrfProtection.class);
        when(csrf.tokenFor(org.mockito.ArgumentMatchers.any())).thenReturn("csrf-token");
        context.registerService(CsrfProtection.class, csrf);
        context.registerService(ReviewRound.class, TestServices.round(TestServices.mailSender(),
                mock(EventAdmin.class), Clock.systemUTC()));
        context.addModelsForClasses(PortraitConsoleList.class, PortraitConsoleDetail.class);
        context.request().setLocale(Locale.forLanguageTag("nl-NL"));
    }

    private Invitation invitation(String name, Instant expiresAt) {
        return new Invitation(UUID.randomUUID().toString(), ReviewTokens.hash(new ReviewTokens().newToken()),
                "p-twente", name, name.toLowerCase(Locale.ROOT) + "@example.nl", Locale.ENGLISH,
                expiresAt.minus(Duration.ofDays(21)), "editor", expiresAt, null, null, null);
    }

    private PortraitConsoleDetail detail(String path) {
        context.requestPathInfo().setSuffix(path);
        return context.request().adaptTo(PortraitConsoleDetail.class);
    }

    @Test
    void theListShowsEveryPortraitWithItsRound() {
        PortraitConsoleList list = context.request().adaptTo(PortraitConsoleList.class);
        assertTrue(list.isEditor());
        Map<String, PortraitConsoleList.Row> rows = new HashMap<>();
        list.getRows().forEach(row -> rows.put(row.getPath(), row));
        assertEquals(2, rows.size());
        PortraitConsoleList.Row twente = rows.get(TWENTE);
        assertEquals("Twente", twente.getTitle());
        assertEquals("inReview", twente.getState());
        assertEquals("Twente, Groningen", twente.getRegions());
        assertEquals(1, twente.getActiveLinks(), "Bert's link expired");
        assertEquals(1, twente.getOpenFeedback());
        assertEquals(0, twente.getMissing());
        assertEquals("/cms/samenwerking-portraits/portrait.html" + TWENTE, twente.getConsoleUrl());
        PortraitConsoleList.Row drenthe = rows.get(DRENTHE);
        assertEquals("draft", drenthe.getState());
        assertEquals("AM05", drenthe.getRegions(), "an unknown code shows as itself");
        assertTrue(drenthe.getMissing() >= 4, "summary, authors, date, pdf: " + drenthe.getMissing());
        assertEquals("Regioportretten", list.getText().get("console.title.list"));
    }

    @Test
    void theDetailShowsTheInvitationsAndRemarks() {
        PortraitConsoleDetail detail = detail(TWENTE);
        assertTrue(detail.isFound());
        assertTrue(detail.isEditor());
        assertEquals("Twente", detail.getTitle());
        assertEquals("inReview", detail.getState());
        assertEquals(List.of(), detail.getMissing());
        List<PortraitConsoleDetail.InvitationRow> invitations = detail.getInvitations();
        assertEquals(List.of("Bert", "Anja"), invitations.stream().map(PortraitConsoleDetail.InvitationRow::getName)
                .toList(), "by invitation time");
        assertEquals("expired", invitations.get(0).getStatus());
        assertEquals("active", invitations.get(1).getStatus());
        assertTrue(invitations.get(1).isActive());
        assertFalse(invitations.get(1).isClosed());
        assertEquals(List.of("Oud.", "Klopt."), detail.getFeedback().stream()
                .map(PortraitConsoleDetail.FeedbackRow::getText).toList());
        PortraitConsoleDetail.FeedbackRow open = detail.getFeedback().get(1);
        assertEquals(remarkId, open.getId());
        assertEquals("Anja", open.getFrom(), "the remark shows who sent it");
        assertEquals("strengths", open.getSection());
        assertFalse(open.isHandled());
        assertEquals("redacteur", detail.getFeedback().get(0).getHandledBy());
        assertEquals(1, detail.getOpenFeedback());
        assertEquals("csrf-token", detail.getCsrfToken());
        assertEquals(CsrfProtection.PARAMETER, detail.getCsrfParameter());
        assertEquals("/bin/samenwerkingskaart/console/portraits", detail.getActionUrl());
        assertEquals(TWENTE + ".html", detail.getPageUrl());
        assertNull(detail.getNotice());
        assertTrue(anjaId.equals(invitations.get(1).getId()));
    }

    @Test
    void theDoneMessageOfTheLastAction() {
        context.request().setParameterMap(Map.of("done", "remind.done"));
        assertEquals("De herinnering is verstuurd, met een nieuwe link. De vorige link werkt niet meer.",
                detail(TWENTE).getNotice());
    }

    @Test
    void onlyDoneKeysAreShown() {
        context.request().setParameterMap(Map.of("done", "console.notEditor"));
        assertNull(detail(TWENTE).getNotice());
    }

    @Test
    void aRefusedActionShowsItsMessagesAndTheTypedValues() {
        context.request().setAttribute(ConsoleResult.ATTRIBUTE, new ConsoleResult(
                ActionOutcome.refused("publish.refused.incomplete",
                        List.of(FieldProblem.of("pdf", "portrait.pdf.missing", "/static/x.pdf"))),
                Map.of("email", "invite.email.invalid")));
        context.request().setParameterMap(Map.of("name", "Anja", "email", "anja@", "days", ""));
        PortraitConsoleDetail detail = detail(TWENTE);
        assertTrue(detail.isNoticeError());
        assertEquals("Het portret is niet gepubliceerd. Eerst nodig:", detail.getNotice());
        assertEquals(List.of("De pdf /static/x.pdf bestaat niet (meer)."), detail.getNoticeDetails());
        assertEquals(Map.of("email", "Dit is geen bruikbaar e-mailadres."), detail.getFieldErrors());
        assertEquals(Map.of("name", "Anja", "email", "anja@", "days", "21", "language", ""), detail.getTyped());
    }

    @Test
    void anUnknownPortrait() {
        PortraitConsoleDetail detail = detail("/content/site/nergens");
        assertFalse(detail.isFound());
        assertEquals("", detail.getTitle());
        assertEquals(List.of(), detail.getInvitations());
    }

    @Test
    void anAuthorWhoCannotReadReviewDataSeesNoContactsOrRemarks() throws Exception {
        javax.jcr.Session admin = resolver.adaptTo(javax.jcr.Session.class);
        org.apache.jackrabbit.api.security.user.User author = ((org.apache.jackrabbit.api.JackrabbitSession) admin)
                .getUserManager().createUser("auteur", "geheim");
        org.apache.jackrabbit.commons.jackrabbit.authorization.AccessControlUtils.addAccessControlEntry(admin,
                "/content", author.getPrincipal(), new String[] {"jcr:read"}, true);
        admin.save();
        javax.jcr.Session session = admin.getRepository().login(
                new javax.jcr.SimpleCredentials("auteur", "geheim".toCharArray()));
        ResourceResolver authorResolver = context.getService(org.apache.sling.api.resource.ResourceResolverFactory.class)
                .getResourceResolver(Map.of("user.jcr.session", session));
        try {
            var request = new org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest(authorResolver,
                    context.bundleContext());
            ((org.apache.sling.testing.mock.sling.servlet.MockRequestPathInfo) request.getRequestPathInfo())
                    .setSuffix(TWENTE);
            PortraitConsoleDetail detail = request.adaptTo(PortraitConsoleDetail.class);
            assertTrue(detail.isFound(), "the author reads the page");
            assertFalse(detail.isEditor());
            assertEquals(List.of(), detail.getInvitations());
            assertEquals(List.of(), detail.getFeedback());
            PortraitConsoleList list = request.adaptTo(PortraitConsoleList.class);
            assertFalse(list.isEditor());
            assertEquals(2, list.getRows().size());
            assertTrue(list.getRows().stream().allMatch(row -> row.getActiveLinks() == 0 && row.getOpenFeedback() == 0));
            assertEquals("draft", list.getRows().stream().filter(row -> row.getPath().equals(TWENTE)).findFirst()
                    .orElseThrow().getState(), "without review data its links do not show");
        } finally {
            authorResolver.close();
            session.logout();
        }
    }
}
