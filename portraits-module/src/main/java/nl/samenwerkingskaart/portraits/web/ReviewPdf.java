package nl.samenwerkingskaart.portraits.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import nl.samenwerkingskaart.portraits.service.ReviewDesk;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.resource.Resource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The draft's PDF for a contact with an open review link, read with the review service user (the file may not be
 * published yet) and sent privately.
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
            Resource content = file == null ? null : file.getChild("jcr:content");
            InputStream data = content == null ? null : content.getValueMap().get("jcr:data", InputStream.class);
            if (data == null) {
                return false;
            }
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"portret.pdf\"");
            try (InputStream in = data; OutputStream out = response.getOutputStream()) {
                in.transferTo(out);
            }
            return true;
        });
        return sent.orElse(false);
    }
}
