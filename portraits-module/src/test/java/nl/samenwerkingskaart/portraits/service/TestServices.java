package nl.samenwerkingskaart.portraits.service;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.samenwerkingskaart.initiatives.api.MailSender;
import nl.samenwerkingskaart.portraits.TestPortraits;
import nl.samenwerkingskaart.portraits.domain.PortraitValidator;
import nl.samenwerkingskaart.portraits.domain.review.ReviewTokens;
import org.apache.sling.api.resource.LoginException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.osgi.service.event.EventAdmin;

/** The services with a test clock, for tests outside their package. */
public final class TestServices {

    private TestServices() {}

    public static ReviewRound round(MailSender mail, EventAdmin events, Clock clock) {
        return new ReviewRound(mail, events, new PortraitValidator(TestPortraits.REGIONS), new ReviewTokens(), clock);
    }

    public static ReviewDesk desk(ResourceResolverFactory resolvers, Clock clock) {
        return new ReviewDesk(resolvers, clock);
    }

    /** A mail sender that finds addresses with an @ plausible and sends everything. */
    public static MailSender mailSender() {
        MailSender mail = mock(MailSender.class);
        when(mail.isPlausibleAddress(anyString())).thenAnswer(call -> call.<String>getArgument(0)
                .matches("[^@\\s]+@[^@\\s]+\\.[a-z]+"));
        when(mail.send(any())).thenReturn(CompletableFuture.completedFuture(true));
        return mail;
    }

    /**
     * A factory whose service resolvers are new sessions on the test's repository (as the review service user's
     * are: the desk closes them); every resolver it gave is in {@code opened}.
     */
    public static ResourceResolverFactory serviceResolvers(SlingContext context, List<ResourceResolver> opened) {
        ResourceResolverFactory factory = mock(ResourceResolverFactory.class);
        try {
            when(factory.getServiceResourceResolver(any())).thenAnswer(call -> {
                ResourceResolver resolver = context.resourceResolver().clone(null);
                opened.add(resolver);
                return resolver;
            });
        } catch (LoginException e) {
            throw new IllegalStateException(e);
        }
        return factory;
    }
}
