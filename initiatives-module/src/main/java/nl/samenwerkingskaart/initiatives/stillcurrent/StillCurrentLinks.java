package nl.samenwerkingskaart.initiatives.stillcurrent;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two links in the "still correct?" mail. */
public final class StillCurrentLinks {

    /** The public page where the contact confirms; GET shows the question, POST confirms. */
    public static final String CONFIRM_PATH = "/bin/samenwerkingskaart/public/still-current";
    public static final String ID = "i";
    public static final String TOKEN = "t";
    public static final String LANGUAGE = "l";

    /** A page of this site, as the map component's "form page" setting: /content/... .html with an optional anchor. */
    private static final Pattern FORM_PAGE = Pattern.compile("(/content/[A-Za-z0-9/_.-]+?)(?:\\.html)?(#[A-Za-z0-9_-]+)?");

    private StillCurrentLinks() {}

    /** @param siteBase scheme, host, port and context path, without a trailing slash */
    public static String confirmUrl(String siteBase, String id, String token, Locale language) {
        return siteBase + CONFIRM_PATH + ".html?" + ID + "=" + encode(id) + "&" + TOKEN + "=" + encode(token)
                + (Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? "&" + LANGUAGE + "=en" : "");
    }

    /**
     * The submission form asked to fill itself in for a correction of the initiative, as the map's "Suggest a
     * correction" link opens it ({@code ?kind=correction&target=<id>}, the anchor kept); null when no form page is
     * configured or the setting is not a page of the site.
     */
    public static String correctionUrl(String siteBase, String formPage, String id) {
        Matcher page = FORM_PAGE.matcher(formPage == null ? "" : formPage.strip());
        if (!page.matches()) {
            return null;
        }
        return siteBase + page.group(1) + ".html?kind=correction&target=" + encode(id)
                + (page.group(2) == null ? "" : page.group(2));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
