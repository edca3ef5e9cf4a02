package nl.samenwerkingskaart.initiatives.domain;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Editor HTML as plain text for public output: tags and entities resolved, paragraphs, headings, list items and line
 * breaks kept as line breaks (one blank line between blocks) so the text still reads as the editor wrote it.
 * Script and style contents are dropped rather than shown.
 */
public final class PlainText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "pre", "table", "tr", "section", "article", "header", "footer", "dl", "dt", "dd",
            "figure", "figcaption", "hr", "address");
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript", "head", "title");

    private PlainText() {}

    /**
     * Null for null or for HTML without any visible text. A description without a single tag is plain text already
     * (as the console's validator stores it): its line breaks and characters such as "&amp;" are kept as they are.
     */
    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        if (html.indexOf('<') < 0) {
            return tidy(html);
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new Collector(text), Jsoup.parseBodyFragment(html).body());
        return tidy(text.toString());
    }

    /** No spaces around line breaks, at most one empty line in a row, nothing around the whole. */
    private static String tidy(String text) {
        String result = text.replaceAll("[ \\t\\x0B\\f\\u00A0]*\\n[ \\t\\x0B\\f\\u00A0]*", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
        return result.isEmpty() ? null : result;
    }

    private static final class Collector implements NodeVisitor {
        private final StringBuilder text;
        private Node skipping;

        Collector(StringBuilder text) {
            this.text = text;
        }

        @Override
        public void head(Node node, int depth) {
            if (skipping != null) {
                return;
            }
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    skipping = node;
                } else if (tag.equals("br")) {
                    text.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    text.append("\n\n");
                }
            } else if (node instanceof TextNode textNode) {
                appendCollapsed(textNode.text());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == skipping) {
                skipping = null;
            } else if (skipping == null && node instanceof Element element && BLOCKS.contains(element.normalName())) {
                text.append("\n\n");
            }
        }

        /** HTML collapses runs of white space into one space; so does this. */
        private void appendCollapsed(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean space = Character.isWhitespace(c);
                boolean afterSpace = text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1));
                if (!space) {
                    text.append(c);
                } else if (!afterSpace) {
                    text.append(' ');
                }
            }
        }
    }
}
