/**
 * Sling Models behind our JSP scripts. Exported only because Sling's JSP compiler must see the classes the
 * scripts name; nothing else should depend on them.
 */
@Version("1.1.0")
package nl.samenwerkingskaart.initiatives.web.models;

import org.osgi.annotation.versioning.Version;
