package nl.samenwerkingskaart.portraits.domain;

import java.util.List;

/**
 * A paragraph or a bulleted list of a portrait's plain-text section (see {@link TextBlocks}). Shown as text, never
 * as markup.
 */
public final class TextBlock {

    private final boolean list;
    private final List<String> lines;

    private TextBlock(boolean list, List<String> lines) {
        this.list = list;
        this.lines = List.copyOf(lines);
    }

    static TextBlock paragraph(String text) {
        return new TextBlock(false, List.of(text));
    }

    static TextBlock list(List<String> items) {
        return new TextBlock(true, items);
    }

    /** Whether this block is a list; otherwise it is one paragraph. */
    public boolean isList() {
        return list;
    }

    /** The paragraph's text; for a list, its items joined by line breaks. */
    public String getText() {
        return String.join("\n", lines);
    }

    /** The list's items; for a paragraph, its text as the only element. */
    public List<String> getItems() {
        return lines;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextBlock block && block.list == list && block.lines.equals(lines);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(list) * 31 + lines.hashCode();
    }

    @Override
    public String toString() {
        return (list ? "list" : "paragraph") + lines;
    }
}
