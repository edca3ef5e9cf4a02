package nl.samenwerkingskaart.portraits.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** On Oak, as in the CMS: the size comes from the binary property's length, not from reading the file. */
@ExtendWith(SlingContextExtension.class)
class StoredFilesTest {

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);

    @Test
    void sizeAndTypeOfAFileInTheRepository() {
        context.load().binaryFile(new ByteArrayInputStream(new byte[123_456]), "/static/portretten/twente.pdf",
                "application/pdf");
        StoredFile file = StoredFiles.read(context.resourceResolver(), "/static/portretten/twente.pdf").orElseThrow();
        assertEquals(123_456, file.bytes());
        assertEquals("application/pdf", file.mimeType());
        assertEquals("PDF", file.format());
    }

    @Test
    void noFileNoFolderNoPath() {
        context.create().resource("/static/portretten/map", "jcr:primaryType", "nt:unstructured");
        assertTrue(StoredFiles.read(context.resourceResolver(), "/static/portretten/weg.pdf").isEmpty());
        assertTrue(StoredFiles.read(context.resourceResolver(), "/static/portretten/map").isEmpty());
        assertTrue(StoredFiles.read(context.resourceResolver(), null).isEmpty());
    }
}
