/**
 * The service-item catalogue (政务服务事项): departments, items with every element of the
 * implementation list, their situations and materials, versions from draft to publication, the
 * service guide, Chinese full-text search and the catalogue's figures.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Service catalogue",
    allowedDependencies = {"shared", "audit"})
package org.yiwang.catalog;
