package nl.samenwerkingskaart.initiatives.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import javax.servlet.FilterChain;
import org.apache.sling.api.resource.NonExistingResource;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class UnknownPathFilterTest {

    private final SlingContext context = new SlingContext();
    private final FilterChain chain = mock(FilterChain.class);

    @Test
    void aPathNoServletServesIsNotFoundAndGoesNoFurther() throws Exception {
        context.request().setMethod("POST");
        context.request().setResource(new NonExistingResource(context.resourceResolver(),
                "/bin/samenwerkingskaart/public/submissions/SW-2026-AAAAAA"));

        new UnknownPathFilter().doFilter(context.request(), context.response(), chain);

        assertEquals(404, context.response().getStatus());
        assertEquals(UnknownPathFilter.MESSAGE, context.response().getOutputAsString());
        verify(chain, never()).doFilter(any(), any());
    }

    @Test
    void anExistingResourceGoesOnToItsServlet() throws Exception {
        context.currentResource(context.create().resource("/bin/samenwerkingskaart/public/initiatives.json"));

        new UnknownPathFilter().doFilter(context.request(), context.response(), chain);

        verify(chain).doFilter(context.request(), context.response());
    }
}
