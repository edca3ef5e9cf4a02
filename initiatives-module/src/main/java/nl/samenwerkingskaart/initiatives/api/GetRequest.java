package nl.samenwerkingskaart.initiatives.api;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.wrappers.SlingHttpServletRequestWrapper;

/**
 * A refused POST as the page it is forwarded to sees it: a GET, so the page renders (with the typed values and the
 * messages in request attributes) instead of being posted to. Used by the submission endpoint, the consoles and the review page.
 */
public final class GetRequest extends SlingHttpServletRequestWrapper {

    public GetRequest(SlingHttpServletRequest request) {
        super(request);
    }

    @Override
    public String getMethod() {
        return "GET";
    }
}
