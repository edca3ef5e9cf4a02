/**
 * Regional portraits. This bundle is a placeholder until the portraits issue is built; it installs and
 * starts so that the feature model already carries it.
 */
package nl.samenwerkingskaart.portraits;
