package nl.samenwerkingskaart.it;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test users for the researchers' console, made over HTTP as the administrator through Sling's user manager: a fresh
 * researcher (member of the group {@code researchers} that repoinit creates) or a plain user without any group.
 * Every call makes a new user with a unique name, so tests never share a user or depend on one made by hand.
 */
final class Researchers {

    static final String GROUP = "researchers";
    static final String CONSOLE_SERVLET = "/bin/samenwerkingskaart/console/initiatives";
    static final String LIST_PAGE = "/cms/samenwerking/initiatives.html";
    static final String FORM_PAGE = "/cms/samenwerking/initiative.html";
    static final String DELETE_PAGE = "/cms/samenwerking/initiative-delete.html";

    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\":swk-csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\":swk-csrf\"");
    private static final Pattern EDIT_LINK = Pattern.compile(
            "href=\"" + Pattern.quote(FORM_PAGE + TestPaths.DATA_ROOT + "/") + "([a-z0-9-]+)\"");

    /** A user and its password; {@link #http} signs in with them (HTTP Basic). */
    record User(String name, String password) {
        Http http(URI base) {
            return Http.as(base, name, password);
        }
    }

    private final Http admin;
    private final List<String> created = new java.util.ArrayList<>();

    Researchers(Http admin) {
        this.admin = admin;
    }

    /** A new user in the group researchers. */
    User newResearcher() {
        User user = newPlainUser("onderzoeker");
        HttpResponse<String> member = admin.post("/system/userManager/group/" + GROUP + ".update.json",
                List.of(Map.entry(":member", user.name())));
        if (member.statusCode() != 200) {
            throw new AssertionError("Adding " + user.name() + " to " + GROUP + " answered " + member.statusCode()
                    + ": " + member.body());
        }
        return user;
    }

    /** A new site editor: a member of Sling CMS's group {@code authors}, which may read almost everything. */
    User newSiteEditor() {
        User user = newPlainUser("redacteur");
        HttpResponse<String> member = admin.post("/system/userManager/group/authors.update.json",
                List.of(Map.entry(":member", user.name())));
        if (member.statusCode() != 200) {
            throw new AssertionError("Adding " + user.name() + " to authors answered " + member.statusCode());
        }
        return user;
    }

    /** A new user that belongs to no group at all (besides everyone). */
    User newPlainUser(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Wachtwoord-" + UUID.randomUUID().toString().substring(0, 12);
        HttpResponse<String> create = admin.post("/system/userManager/user.create.json", List.of(
                Map.entry(":name", name),
                Map.entry("pwd", password),
                Map.entry("pwdConfirm", password)));
        if (create.statusCode() != 200 && create.statusCode() != 201) {
            throw new AssertionError("Creating user " + name + " answered " + create.statusCode() + ": "
                    + create.body());
        }
        created.add(name);
        return new User(name, password);
    }

    /** Removes the users this instance made (a test's {@code @AfterEach}); the group loses them with them. */
    void deleteCreatedUsers() {
        for (String name : created) {
            admin.post("/system/userManager/user/" + name + ".delete.json", List.of(Map.entry("go", "1")));
        }
        created.clear();
    }

    /** The CSRF token in a console page's hidden {@code :swk-csrf} input, or null when the page has none. */
    static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    /** The ids of the initiatives the console list links to for editing. */
    static List<String> listedIds(String html) {
        return EDIT_LINK.matcher(html).results().map(m -> m.group(1)).distinct().toList();
    }
}
