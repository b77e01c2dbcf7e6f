/**
 * The public portal: home page, departments, search and each item's service guide with its
 * flowchart, downloads, shareable link and QR code. Shows only what the catalogue has published.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Portal",
    allowedDependencies = {"shared", "catalog", "identity", "workflow", "cases"})
package org.yiwang.portal;
