/**
 * What every module stands on and no module owns: the data directory, the content-addressed file
 * store, Chinese PDF fonts, problem details for the API, locale and display preferences, values
 * kept in memory until a change drops them.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Shared infrastructure",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.yiwang.shared;
