package nl.samenwerkingskaart.it;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Portrait pages, their PDFs and portrait editors, made by the administrator through Sling's POST servlet as the
 * CMS's own dialogs would store them (docs/contracts.md, "Portraits").
 */
final class PortraitFixtures {

    static final String RESOURCE_TYPE = "samenwerking-portraits/components/pages/portrait";
    static final String DEMO_BASE_PAGE = "samenwerkingskaart-demo/components/pages/base";
    static final String CONSOLE_PAGE = "/cms/samenwerking-portraits/portrait.html";
    static final String CONSOLE_ACTIONS = "/bin/samenwerkingskaart/console/portraits";
    static final String REVIEW = "/bin/samenwerkingskaart/public/review";
    static final String REVIEWS_ROOT = "/var/samenwerkingskaart/reviews";
    static final Pattern REVIEW_LINK = Pattern.compile("https?://[^\\s/]+(" + Pattern.quote(REVIEW)
            + "\\.html/([A-Za-z0-9_-]{43}))");

    private final Http admin;

    PortraitFixtures(Http admin) {
        this.admin = admin;
    }

    /** A minimal, valid one-page PDF saying {@code text} (ASCII), as a string of its bytes. */
    static String pdf(String text) {
        String stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.toString().getBytes(StandardCharsets.US_ASCII).length);
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.toString().getBytes(StandardCharsets.US_ASCII).length;
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString();
    }

    /** Uploads a PDF into Static Content and answers its path. */
    String uploadPdf(String name, String content) {
        String path = "/static/portrait-tests/" + name;
        post(path, List.of(
                Map.entry("jcr:primaryType", "sling:File"),
                Map.entry("jcr:content/jcr:primaryType", "sling:FileContent"),
                Map.entry("jcr:content/jcr:mimeType", "application/pdf"),
                Map.entry("jcr:content/jcr:data", content),
                Map.entry("jcr:content/jcr:data@TypeHint", "Binary")));
        return path;
    }

    /** A complete draft portrait (everything publishing needs) of a labour-market region; answers its path. */
    String draftPortrait(String title, String region, String pdfPath) {
        return draftPortrait(TestPaths.SITE, title, region, pdfPath);
    }

    /** A complete draft portrait below {@code parent}; answers its path. */
    String draftPortrait(String parent, String title, String region, String pdfPath) {
        String path = parent + "/portrait-test-" + UUID.randomUUID().toString().substring(0, 8);
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(
                Map.entry("jcr:primaryType", "sling:Page"),
                Map.entry("jcr:content/jcr:primaryType", "nt:unstructured"),
                Map.entry("jcr:content/sling:resourceType", RESOURCE_TYPE),
                Map.entry("jcr:content/sling:resourceSuperType", DEMO_BASE_PAGE),
                Map.entry("jcr:content/jcr:title", title),
                Map.entry("jcr:content/regions", region),
                Map.entry("jcr:content/regions@TypeHint", "String[]"),
                Map.entry("jcr:content/summary", "Samenvatting van " + title + "."),
                Map.entry("jcr:content/strengths", "Sterk: korte lijnen tussen vmbo, mbo en bedrijven."),
                Map.entry("jcr:content/weaknesses", "Zwak: weinig hbo in het netwerk."),
                Map.entry("jcr:content/recommendations", "Betrek de hogeschool vanaf het begin."),
                Map.entry("jcr:content/authors", "dr. A. de Vries"),
                Map.entry("jcr:content/authors@TypeHint", "String[]"),
                Map.entry("jcr:content/publicationDate", "2026-10-01"),
                Map.entry("jcr:content/sling:published", "false"),
                Map.entry("jcr:content/sling:published@TypeHint", "Boolean")));
        if (pdfPath != null) {
            form.add(Map.entry("jcr:content/pdf", pdfPath));
        }
        post(path, form);
        return path;
    }

    /** A folder of the site that Sling CMS publishes (so that its pages' publication alone decides). */
    String publishedFolder() {
        String path = TestPaths.SITE + "/folder-test-" + UUID.randomUUID().toString().substring(0, 8);
        post(path, List.of(
                Map.entry("jcr:primaryType", "sling:OrderedFolder"),
                Map.entry("jcr:content/jcr:primaryType", "nt:unstructured"),
                Map.entry("jcr:content/jcr:title", "Gepubliceerde map"),
                Map.entry("jcr:content/sling:published", "true"),
                Map.entry("jcr:content/sling:published@TypeHint", "Boolean")));
        return path;
    }

    /** Sets a property of a node as the administrator, e.g. an invitation's expiry. */
    void set(String path, String property, String value, String typeHint) {
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry(property, value)));
        if (typeHint != null) {
            form.add(Map.entry(property + "@TypeHint", typeHint));
        }
        post(path, form);
    }

    /** A new portrait editor: a site editor (authors) who is also in the group portrait-editors. */
    Researchers.User newPortraitEditor(Researchers users) {
        Researchers.User user = users.newSiteEditor();
        HttpResponse<String> member = admin.post("/system/userManager/group/portrait-editors.update.json",
                List.of(Map.entry(":member", user.name())));
        if (member.statusCode() != 200) {
            throw new AssertionError("Adding " + user.name() + " to portrait-editors answered " + member.statusCode());
        }
        return user;
    }

    /** The review link's path (with its token) in an invitation or reminder mail. */
    static String reviewPath(String mailBody) {
        Matcher link = REVIEW_LINK.matcher(mailBody);
        if (!link.find()) {
            throw new AssertionError("No review link in: " + mailBody);
        }
        return link.group(1);
    }

    static String token(String reviewPath) {
        return reviewPath.substring(reviewPath.lastIndexOf('/') + 1);
    }

    private void post(String path, List<Map.Entry<String, String>> form) {
        HttpResponse<String> response = admin.post(path, form);
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new AssertionError("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
