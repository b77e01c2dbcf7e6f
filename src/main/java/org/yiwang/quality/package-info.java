/**
 * Catalogue governance (paper §2.2, §4.2): a quality audit of every published item by named rules,
 * scores for items, departments and the city, the scoreboard that links each finding to the field
 * to fix, the Excel export, and the check that refuses a publication with blocking findings.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Catalogue quality",
    allowedDependencies = {"shared", "catalog", "identity"})
package org.yiwang.quality;
