package nl.samenwerkingskaart.portraits.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.apache.jackrabbit.commons.JcrUtils;
import org.apache.sling.api.resource.ResourceResolver;

/** Writes files into the test repository as an upload does: an nt:file with its bytes, mime type and date. */
final class RepositoryFiles {

    private RepositoryFiles() {}

    /** Creates the file, or replaces its bytes when it exists. */
    static void put(ResourceResolver resolver, String path, byte[] bytes, String mimeType, Instant lastModified)
            throws RepositoryException {
        Session session = resolver.adaptTo(Session.class);
        int slash = path.lastIndexOf('/');
        Node folder = JcrUtils.getOrCreateByPath(path.substring(0, slash), "nt:folder", session);
        Node file = JcrUtils.getOrAddNode(folder, path.substring(slash + 1), "nt:file");
        Node content = JcrUtils.getOrAddNode(file, "jcr:content", "nt:resource");
        content.setProperty("jcr:data", session.getValueFactory().createBinary(new ByteArrayInputStream(bytes)));
        content.setProperty("jcr:mimeType", mimeType);
        content.setProperty("jcr:lastModified", calendar(lastModified));
        session.save();
        resolver.refresh();
    }

    /** A tiny PDF whose text says {@code words}, so that two of them differ. */
    static byte[] pdf(String words) {
        return ("%PDF-1.4\n% " + words + "\n" + "x".repeat(3000) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static Calendar calendar(Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
