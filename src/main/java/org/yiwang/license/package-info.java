/**
 * The electronic license library (电子证照库, paper §3.4): every approved case issues a license with
 * the directory fields of GB/T 36902/36903 and an identifier per GB/T 36901/36904, signed with the
 * issuing department's SM2 key (SM3withSM2), as a PDF carrying its own signature and a QR code
 * that verifies offline; verification online, by QR or PDF; the public certificates; revocation.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "E-licenses",
    allowedDependencies = {"shared", "catalog", "identity", "cases", "audit"})
package org.yiwang.license;
