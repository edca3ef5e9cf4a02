import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Writes the demo site's regional portraits as small PDFs (README.md next to this file says how to run it). It reads
 * the portrait pages of the demo content, so the PDF says what the page says, and writes one A4 document per
 * portrait with the standard Helvetica (not embedded: a few kilobytes each). Dates in the document information are
 * fixed, so the same content gives the same bytes.
 */
public class GenerateDemoPortraitPdfs {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: GenerateDemoPortraitPdfs <regioportretten.json> <output folder>");
            System.exit(2);
        }
        JsonNode root = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            JsonNode content = page.getValue().path("jcr:content");
            if (!"samenwerking-portraits/components/pages/portrait".equals(content.path("sling:resourceType").asText())) {
                continue;
            }
            Path file = out.resolve(page.getKey() + ".pdf");
            write(content, file);
            System.out.println(file + " " + Files.size(file) + " bytes");
        }
    }

    private static void write(JsonNode content, Path file) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(content.path("jcr:title").asText());
            info.setAuthor(String.join(", ", texts(content.path("authors"))));
            info.setSubject("Demodata: verzonnen regioportret voor de demonstratiesite van de Samenwerkingskaart");
            Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            date.clear();
            date.set(2026, Calendar.JANUARY, 1);
            info.setCreationDate(date);
            info.setModificationDate(date);
            // PDFBox derives the file identifier from the clock unless one is set: a fixed one keeps the bytes stable
            byte[] id = java.security.MessageDigest.getInstance("MD5")
                    .digest(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            Writer writer = new Writer(document);
            writer.line(content.path("jcr:title").asText(), PDType1Font.HELVETICA_BOLD, 18);
            writer.line("Auteurs: " + String.join(", ", texts(content.path("authors"))), PDType1Font.HELVETICA, 10);
            writer.line("Publicatiedatum: " + content.path("publicationDate").asText(), PDType1Font.HELVETICA, 10);
            writer.gap();
            section(writer, "Samenvatting", content.path("summary").asText());
            section(writer, "Typering", content.path("typology").asText());
            section(writer, "Sterke punten", content.path("strengths").asText());
            section(writer, "Zwakke punten", content.path("weaknesses").asText());
            section(writer, "Aanbevelingen", content.path("recommendations").asText());
            writer.close();
            document.save(file.toFile());
        }
    }

    private static void section(Writer writer, String heading, String text) throws IOException {
        if (text.isBlank()) {
            return;
        }
        writer.line(heading, PDType1Font.HELVETICA_BOLD, 13);
        for (String paragraph : text.split("\n\\s*\n")) {
            for (String line : paragraph.split("\n")) {
                String shown = line.startsWith("- ") ? "\u2022 " + line.substring(2) : line;
                writer.wrapped(shown, PDType1Font.HELVETICA, 11);
            }
            writer.gap();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** Lines top to bottom, a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void line(String text, PDFont font, float size) throws IOException {
            if (y < MARGIN + size) {
                newPage();
            }
            y -= size * 1.4f;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(text);
            stream.endText();
        }

        void wrapped(String text, PDFont font, float size) throws IOException {
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH && line.length() > 0) {
                    line(line.toString(), font, size);
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (line.length() > 0) {
                line(line.toString(), font, size);
            }
        }

        void gap() {
            y -= 6;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
