package nl.samenwerkingskaart.portraits.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of the portrait editors' console (Manage → Portraits) and its action endpoint. */
public final class ConsolePaths {

    public static final String LIST = "/cms/samenwerking-portraits/portraits.html";
    public static final String PORTRAIT = "/cms/samenwerking-portraits/portrait.html";
    public static final String ACTIONS = "/bin/samenwerkingskaart/console/portraits";
    /** The portrait's console page by its repository path (through Sling CMS's overlay), for forwarding to it. */
    static final String PORTRAIT_RESOURCE = "/mnt/overlay/sling-cms/content/samenwerking-portraits/portrait.html";

    private ConsolePaths() {}

    /** The console page of one portrait, with the message of what was just done. */
    public static String portrait(String contextPath, String portraitPath, String doneKey) {
        String page = contextPath + PORTRAIT + portraitPath;
        return doneKey == null ? page : page + "?done=" + URLEncoder.encode(doneKey, StandardCharsets.UTF_8);
    }
}
