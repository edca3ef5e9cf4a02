package nl.samenwerkingskaart.initiatives.web.models;

import java.util.regex.Pattern;

/**
 * The link to a privacy statement that an editor gives a form in its dialog: a local page (".html" added when
 * missing) or an https address; anything else (another scheme, "..", markup) gives no link.
 */
final class PrivacyLink {

    private static final Pattern LOCAL_PATH = Pattern.compile("/(?!/)[A-Za-z0-9_./-]*(?:#[A-Za-z0-9_-]*)?");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https://[A-Za-z0-9.-]+(?:[/?#][^\\s\"'<>]*)?");

    private PrivacyLink() {}

    static String url(String contextPath, String configured) {
        String page = configured == null ? "" : configured.trim();
        if (WEB_ADDRESS.matcher(page).matches()) {
            return page;
        }
        if (!LOCAL_PATH.matcher(page).matches() || page.contains("..")) {
            return null;
        }
        String path = page;
        String anchor = "";
        int hash = page.indexOf('#');
        if (hash >= 0) {
            path = page.substring(0, hash);
            anchor = page.substring(hash);
        }
        if (path.startsWith("/content/") && !path.endsWith(".html")) {
            path = path + ".html";
        }
        return contextPath + path + anchor;
    }
}
