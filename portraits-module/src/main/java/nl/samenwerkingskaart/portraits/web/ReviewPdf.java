package nl.samenwerkingskaart.portraits.web;

import java.io.IOException;
import java.util.Optional;
import nl.samenwerkingskaart.portraits.domain.download.CachePolicy;
import nl.samenwerkingskaart.portraits.service.ReviewDesk;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.resource.Resource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The draft's PDF for a contact with an open review link, read with the review service user (the file may not be
 * published yet) and sent as every download is, but privately: no cache keeps it.
 */
@Component(service = ReviewPdf.class)
public class ReviewPdf {

    @Reference
    private ReviewDesk desk;

    /** Sends the PDF of the token's portrait; false (nothing written) when the link is not open or has no PDF. */
    public boolean send(SlingHttpServletRequest request, SlingHttpServletResponse response, String token)
            throws IOException {
        Optional<Boolean> sent = desk.withOpenPortrait(token, (resolver, portrait) -> {
            Resource file = portrait.pdfPath() == null ? null : resolver.getResource(portrait.pdfPath());
            if (StoredPdf.of(file).isEmpty()) {
                return false;
            }
            FileDownload.send(request, response, file, CachePolicy.PRIVATE_NO_STORE);
            return true;
        });
        return sent.orElse(false);
    }
}
