package nl.samenwerkingskaart.initiatives.web.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import nl.samenwerkingskaart.initiatives.web.CsrfTokens;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class ConsoleActionsTest {

    private final SlingContext context = new SlingContext();

    @Test
    void givesTheFormsTheUsersTokenAndTheConsoleUrls() {
        CsrfTokens tokens = mock(CsrfTokens.class);
        when(tokens.tokenFor(context.request())).thenReturn("token-for-this-user");
        context.registerService(CsrfTokens.class, tokens);
        context.addModelsForClasses(ConsoleActions.class);

        ConsoleActions actions = context.request().adaptTo(ConsoleActions.class);

        assertEquals("token-for-this-user", actions.getCsrfToken());
        assertEquals(":swk-csrf", actions.getCsrfParameter());
        assertEquals("/bin/samenwerkingskaart/console/initiatives", actions.getActionUrl());
        assertEquals("/cms/samenwerking/initiatives.html", actions.getListUrl());
    }
}
