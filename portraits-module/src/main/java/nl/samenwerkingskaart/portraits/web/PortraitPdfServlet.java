package nl.samenwerkingskaart.portraits.web;

import java.io.IOException;
import java.util.Optional;
import javax.servlet.Servlet;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import nl.samenwerkingskaart.portraits.domain.download.CachePolicy;
import nl.samenwerkingskaart.portraits.repository.PortraitReader;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.servlets.SlingSafeMethodsServlet;
import org.osgi.service.component.annotations.Component;

/**
 * A portrait's PDF at a stable address, the page's own path with {@code .pdf}:
 * {@code /content/<site>/.../<portrait>.pdf}. Links keep working when the editor replaces the PDF or chooses
 * another file; the download carries the current file's name. Pages that are not portraits, portraits without
 * (an existing) PDF, and for anonymous visitors unpublished portraits, answer 404.
 */
@Component(
        service = Servlet.class,
        property = {
            "sling.servlet.resourceTypes=sling:Page",
            "sling.servlet.extensions=pdf",
            "sling.servlet.methods=GET",
            "sling.servlet.methods=HEAD"
        })
public class PortraitPdfServlet extends SlingSafeMethodsServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        Optional<Portrait> portrait = isPlainAddress(request)
                ? PortraitReader.read(request.getResource())
                : Optional.empty();
        if (portrait.isEmpty() || portrait.get().pdfPath() == null || !mayRead(portrait.get(), request)) {
            NotFound.send(response);
            return;
        }
        Resource file = request.getResourceResolver().getResource(portrait.get().pdfPath());
        // An editor looking at an unpublished portrait must not leave its PDF in a shared cache.
        CachePolicy policy = portrait.get().published() ? CachePolicy.PUBLIC : CachePolicy.PRIVATE_NO_STORE;
        FileDownload.send(request, response, file, policy);
    }

    /** Sling's own HEAD would run GET and count the bytes it throws away; ours reads none. */
    @Override
    protected void doHead(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    /** One address per portrait: {@code <portrait>.x.pdf} and {@code <portrait>.pdf/x} are no copies of it. */
    private static boolean isPlainAddress(SlingHttpServletRequest request) {
        return request.getRequestPathInfo().getSelectors().length == 0
                && request.getRequestPathInfo().getSuffix() == null;
    }

    /**
     * Sling CMS's security filter already refuses unpublished pages to anonymous visitors where it is configured;
     * this holds wherever it is not.
     */
    private static boolean mayRead(Portrait portrait, SlingHttpServletRequest request) {
        String user = request.getResourceResolver().getUserID();
        return portrait.published() || !(user == null || "anonymous".equals(user));
    }
}
