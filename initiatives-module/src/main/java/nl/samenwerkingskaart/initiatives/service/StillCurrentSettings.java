package nl.samenwerkingskaart.initiatives.service;

import java.time.Duration;
import java.time.Period;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How the researchers' "Nog actueel?" list and the requests to contacts behave (docs/still-current.md). */
@Component(service = StillCurrentSettings.class)
@Designate(ocd = StillCurrentSettings.Config.class)
public class StillCurrentSettings {

    @ObjectClassDefinition(name = "Samenwerkingskaart - Nog actueel?",
            description = "Which initiatives researchers are asked to check again, and the links sent to contacts.")
    public @interface Config {

        @AttributeDefinition(name = "Period in months",
                description = "An initiative not verified for this many months (or never) is listed.")
        int periodMonths() default 12;

        @AttributeDefinition(name = "Link valid for days",
                description = "How long the 'still correct' link in a request to a contact works.")
        int linkDays() default 30;

        @AttributeDefinition(name = "Form page",
                description = "The page with the submission form, as the map's setting: /content/site/kaart.html#melden."
                        + " Empty: the mail has no correction link.")
        String formPage() default "/content/samenwerkingskaart/samenwerkingskaart/kaart.html#melden";

        @AttributeDefinition(name = "Site address",
                description = "The public site's address for links in mails, e.g. https://www.example.nl. Empty: the"
                        + " address the researcher uses.")
        String siteAddress() default "";
    }

    private volatile Config config;

    @Activate
    @Modified
    void activate(Config config) {
        this.config = config;
    }

    public Period period() {
        return Period.ofMonths(Math.max(1, config.periodMonths()));
    }

    public Duration linkLifetime() {
        return Duration.ofDays(Math.max(1, config.linkDays()));
    }

    public String formPage() {
        return config.formPage();
    }

    /** The configured site address without a trailing slash; empty when none is configured. */
    public String siteAddress() {
        String address = config.siteAddress() == null ? "" : config.siteAddress().strip();
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }
}
