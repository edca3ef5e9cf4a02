package nl.samenwerkingskaart.portraits.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How editors write a portrait's sections in plain text: a blank line starts a new paragraph, and lines that start
 * with {@code "- "} are the items of a list. Lines of one paragraph are joined with a space, as in e-mail.
 */
public final class TextBlocks {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final String ITEM = "- ";

    private TextBlocks() {}

    public static List<TextBlock> parse(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        List<String> paragraph = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (String raw : LINE_BREAK.split(text.strip(), -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(blocks, paragraph, items);
            } else if (line.startsWith(ITEM) || line.equals("-")) {
                flushParagraph(blocks, paragraph);
                String item = line.substring(1).strip();
                if (!item.isEmpty()) {
                    items.add(item);
                }
            } else if (!items.isEmpty() && raw.startsWith(" ")) {
                // an indented line continues the list item above it
                int last = items.size() - 1;
                items.set(last, items.get(last) + " " + line);
            } else {
                flushList(blocks, items);
                paragraph.add(line);
            }
        }
        flush(blocks, paragraph, items);
        return blocks;
    }

    private static void flush(List<TextBlock> blocks, List<String> paragraph, List<String> items) {
        flushParagraph(blocks, paragraph);
        flushList(blocks, items);
    }

    private static void flushParagraph(List<TextBlock> blocks, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            blocks.add(TextBlock.paragraph(String.join(" ", paragraph)));
            paragraph.clear();
        }
    }

    private static void flushList(List<TextBlock> blocks, List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(TextBlock.list(items));
            items.clear();
        }
    }
}
