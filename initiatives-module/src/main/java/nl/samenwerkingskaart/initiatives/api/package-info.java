/**
 * What the initiatives bundle offers other bundles (the portraits bundle): published initiatives by id, the
 * labour-market regions, and the CSRF tokens of our forms. Interfaces and records only; the implementations stay
 * private to this bundle.
 */
@Version("1.0.0")
package nl.samenwerkingskaart.initiatives.api;

import org.osgi.annotation.versioning.Version;
