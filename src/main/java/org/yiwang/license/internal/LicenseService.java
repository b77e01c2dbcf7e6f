package org.yiwang.license.internal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.yiwang.shared.db.Sequences;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditLog;
import org.yiwang.cases.CaseCompleted;
import org.yiwang.cases.Cases;
import org.yiwang.cases.CompletedCase;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemGuide;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;
import org.yiwang.identity.Role;
import org.yiwang.license.IssuedLicense;
import org.yiwang.license.LicenseIdentifier;
import org.yiwang.license.LicenseStatus;
import org.yiwang.license.LicenseView;
import org.yiwang.license.Licenses;
import org.yiwang.license.Verification;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.NotFoundException;
import org.yiwang.shared.Paging;
import org.yiwang.shared.id.Masking;
import org.yiwang.shared.id.UnifiedSocialCreditCode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
class LicenseService implements Licenses, org.yiwang.cases.HeldLicenses {

  private static final Logger log = LoggerFactory.getLogger(LicenseService.class);
  static final String TERRITORY = "210800";
  /**
   * A run of letters and digits long enough to be an identity document's number (an ID number with
   * a typo, a part of one, a permit's): masked in the audit, whatever it turns out to be.
   */
  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[0-9A-Za-z]{8,}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private final ELicenses licenses;
  private final DepartmentKeys keys;
  private final LicensePdf pdfs;
  private final Cases cases;
  private final ServiceCatalog catalog;
  private final Accounts accounts;
  private final AuditLog audit;
  private final JsonMapper json;
  private final Clock clock;
  private final Period validity;
  private final Sequences sequences;
  private final UseRecords uses;
  private final org.springframework.jdbc.core.JdbcTemplate jdbc;

  LicenseService(
      ELicenses licenses, DepartmentKeys keys, LicensePdf pdfs, Cases cases, ServiceCatalog catalog, Accounts accounts,
      AuditLog audit, JsonMapper json, Sequences sequences, Clock clock,
      @Value("${yiwang.license.default-validity:P5Y}") Period validity,
      UseRecords uses, org.springframework.jdbc.core.JdbcTemplate jdbc) {
    this.uses = uses;
    this.jdbc = jdbc;
    this.licenses = licenses;
    this.keys = keys;
    this.pdfs = pdfs;
    this.cases = cases;
    this.catalog = catalog;
    this.accounts = accounts;
    this.audit = audit;
    this.json = json;
    this.sequences = sequences;
    this.clock = clock;
    this.validity = validity;
  }

  long nextSerial() {
    return sequences.next("license_serial_seq");
  }

  // --- issuance ---

  /** An approved case issues its result as an e-license, once. */
  @ApplicationModuleListener
  void on(CaseCompleted completed) {
    if (completed.approved()) {
      cases.completed(completed.caseId()).ifPresent(this::issue);
    }
  }

  @Transactional
  Optional<ELicense> issue(CompletedCase c) {
    if (licenses.findByCaseId(c.caseId()).isPresent()) {
      return Optional.empty();
    }
    ItemGuide item = catalog.itemVersion(c.itemCode(), c.itemVersion()).orElse(null);
    if (item == null || item.content().result() == null || item.content().result().name() == null) {
      return Optional.empty();
    }
    String department = catalog.department(c.departmentCode()).map(d -> d.name()).orElse(item.departmentName());
    String holderId = accounts.idNumberOf(c.applicantUsername()).orElse(null);
    if (holderId == null) {
      log.warn("Case {} has no holder identifier: no license issued", c.number());
      return Optional.empty();
    }
    LocalDate issued = LocalDate.now(clock);
    long serial = nextSerial();
    var identifier =
        new LicenseIdentifier(typeCode(item), issuerCode(c.departmentCode()), "%d%08d".formatted(issued.getYear(), serial), 1);
    String number = "%s%d%07d".formatted(c.departmentCode().toUpperCase(), issued.getYear(), serial);
    Map<String, String> fields = fields(item.content(), c.form());
    var license =
        new ELicense(
            identifier.toString(), item.content().result().name(), number, item.content().result().name(),
            identifier.typeCode(), c.applicantUsername(), c.applicantName(), holderId,
            "ENTERPRISE".equals(c.applicantType()) ? "001" : "111", department, identifier.issuerCode(),
            c.departmentCode(), issued, issued.plus(validity), TERRITORY, json.writeValueAsString(fields),
            c.caseId(), c.number(), OffsetDateTime.now(clock));
    var key = keys.current(c.departmentCode(), department);
    OffsetDateTime now = OffsetDateTime.now(clock);
    license.signed(key.keyId(), Base64.getEncoder().encodeToString(Signatures.sign(key.privateKey(), canonical(license))), now);
    licenses.save(license);
    audit.record("system", "license.issue", identifier.toString(), "案件 " + c.number());
    return Optional.of(license);
  }

  @Override
  @Transactional
  public int importIssued(List<IssuedLicense> issued) {
    List<String> caseIds = issued.stream().map(IssuedLicense::caseId).filter(java.util.Objects::nonNull).toList();
    java.util.Set<String> present = new java.util.HashSet<>();
    for (int from = 0; from < caseIds.size(); from += 500) {
      List<String> part = caseIds.subList(from, Math.min(caseIds.size(), from + 500));
      present.addAll(jdbc.queryForList(
          "select case_id from e_license where case_id in (" + String.join(",", java.util.Collections.nCopies(part.size(), "?")) + ")",
          String.class, part.toArray()));
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<ELicense> fresh = new java.util.ArrayList<>();
    for (IssuedLicense i : issued) {
      if (i.caseId() != null && !present.add(i.caseId())) {
        continue;
      }
      long serial = nextSerial();
      var identifier = new LicenseIdentifier(i.typeCode(), issuerCode(i.departmentCode()), "%d%08d".formatted(i.issuedOn().getYear(), serial), 1);
      fresh.add(new ELicense(
          identifier.toString(), i.name(), "%s%d%07d".formatted(i.departmentCode().toUpperCase(), i.issuedOn().getYear(), serial),
          i.name(), identifier.typeCode(), i.holderUsername(), i.holderName(), i.holderId().toUpperCase(Locale.ROOT), i.enterprise() ? "001" : "111",
          i.departmentName(), identifier.issuerCode(), i.departmentCode(), i.issuedOn(), i.validUntil(), TERRITORY,
          json.writeValueAsString(i.fields()), i.caseId(), i.caseNumber(), now));
    }
    // signing is the cost here: all cores; the keys are made (or read) once per department first
    fresh.stream()
        .collect(java.util.stream.Collectors.toMap(ELicense::departmentCode, ELicense::issuerName, (a, b) -> a))
        .forEach(keys::current);
    fresh.parallelStream().forEach(l -> {
      var key = keys.current(l.departmentCode(), l.issuerName());
      l.signed(key.keyId(), Base64.getEncoder().encodeToString(Signatures.sign(key.privateKey(), canonical(l))), now);
    });
    jdbc.batchUpdate(
        "insert into e_license (identifier, license_name, license_number, type_name, type_code, holder_username, holder_name,"
            + " holder_id, holder_id_type, issuer_name, issuer_code, department_code, issued_on, valid_until, territory_code,"
            + " trust_level, fields, case_id, case_number, key_id, signature, signed_at, created_at)"
            + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        fresh, 500, (ps, l) -> {
          Object[] values = {l.identifier(), l.name(), l.number(), l.typeName(), l.typeCode(), l.holderUsername(), l.holderName(),
              l.holderId(), l.holderIdType(), l.issuerName(), l.issuerCode(), l.departmentCode(), l.issuedOn(), l.validUntil(),
              l.territoryCode(), l.trustLevel(), l.fields(), l.caseId(), l.caseNumber(), l.keyId(), l.signature(), l.signedAt(),
              l.createdAt()};
          for (int n = 0; n < values.length; n++) {
            ps.setObject(n + 1, values[n]);
          }
        });
    return fresh.size();
  }

  /** The license type code: the item's basic code (its national catalogue code), else its own code's digits. */
  static String typeCode(ItemGuide item) {
    String basic = item.content().basicCode();
    if (basic != null && basic.matches("[0-9A-Z]{4,20}")) {
      return basic;
    }
    String digits = item.code().replaceAll("[^0-9A-Z]", "");
    return digits.length() > 20 ? digits.substring(digits.length() - 20) : digits;
  }

  /** A government department's unified social credit code (registry 11, 机关), stable per department. */
  static String issuerCode(String departmentCode) {
    int hash = Math.floorMod(departmentCode.hashCode(), 100_000_000);
    return UnifiedSocialCreditCode.complete("11210800" + "%08d".formatted(hash));
  }

  /** The license's own fields (照面信息): the application form's values, by their labels. */
  private static Map<String, String> fields(ItemContent item, Map<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (var situation : item.situations()) {
      for (var field : situation.form()) {
        String value = form.get(field.name());
        if (value != null && field.type() != ItemContent.FieldType.ID_NUMBER && field.type() != ItemContent.FieldType.PHONE) {
          fields.putIfAbsent(field.label(), value);
        }
      }
    }
    return fields;
  }

  /** The signed content: the directory fields and the license's own fields, in a fixed order. */
  byte[] canonical(ELicense l) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("identifier", l.identifier());
    content.put("name", l.name());
    content.put("number", l.number());
    content.put("typeName", l.typeName());
    content.put("typeCode", l.typeCode());
    content.put("holderName", l.holderName());
    content.put("holderId", l.holderId());
    content.put("holderIdType", l.holderIdType());
    content.put("issuer", l.issuerName());
    content.put("issuerCode", l.issuerCode());
    content.put("issuedOn", l.issuedOn().toString());
    content.put("validUntil", l.validUntil() == null ? "" : l.validUntil().toString());
    content.put("territory", l.territoryCode());
    content.put("trustLevel", l.trustLevel());
    content.put("fields", new java.util.TreeMap<>(fieldsOf(l)));
    return DepartmentKeys.utf8(json.writeValueAsString(content));
  }

  private Map<String, String> fieldsOf(ELicense l) {
    return json.readValue(l.fields(), new TypeReference<LinkedHashMap<String, String>>() {});
  }

  // --- reading ---

  private LicenseStatus status(ELicense l) {
    if (l.revokedAt() != null) {
      return LicenseStatus.REVOKED;
    }
    if (l.validUntil() != null && LocalDate.now(clock).isAfter(l.validUntil())) {
      return LicenseStatus.EXPIRED;
    }
    return LicenseStatus.VALID;
  }

  private LicenseView view(ELicense l) {
    return new LicenseView(
        l.identifier(), l.name(), l.number(), l.typeName(), l.typeCode(), l.holderName(), Masking.idNumber(l.holderId()),
        l.holderIdType(), l.issuerName(), l.issuerCode(), l.departmentCode(), l.issuedOn(), l.validUntil(),
        l.territoryCode(), l.trustLevel(), status(l), fieldsOf(l), l.caseNumber(), l.revokedReason(), l.revokedAt(), l.holderUsername());
  }

  @Override
  @Transactional(readOnly = true)
  public List<LicenseView> mine(CurrentUser holder) {
    return licenses.findByHolderUsernameOrderByIssuedOnDescIdentifierDesc(holder.username()).stream().map(this::view).toList();
  }

  private ELicense visible(CurrentUser actor, String identifier) {
    ELicense l = licenses.findById(identifier == null ? "" : identifier).orElseThrow(() -> new NotFoundException("license.notFound"));
    boolean holder = actor.username().equals(l.holderUsername());
    boolean issuer = actor.isStaff() && l.departmentCode().equals(actor.departmentCode());
    if (!holder && !issuer) {
      throw new NotFoundException("license.notFound");
    }
    return l;
  }

  @Override
  @Transactional(readOnly = true)
  public LicenseView get(CurrentUser actor, String identifier) {
    return view(visible(actor, identifier));
  }

  @Override
  @Transactional(readOnly = true)
  public byte[] pdf(CurrentUser actor, String identifier) {
    return draw(visible(actor, identifier));
  }

  private byte[] draw(ELicense l) {
    var key = keys.current(l.departmentCode(), l.issuerName());
    return pdfs.draw(
        new LicensePdf.Content(
            l.name(), l.number(), l.identifier(), l.holderName(), Masking.idNumber(l.holderId()), l.issuerName(),
            l.issuedOn().toString(), l.validUntil() == null ? null : l.validUntil().toString(), fieldsOf(l), qrPayload(l, key)),
        key);
  }

  /** The QR code's signed payload of a license. */
  String qrPayload(ELicense l, DepartmentKeys.SigningKey key) {
    Map<String, String> claims = new LinkedHashMap<>();
    claims.put("i", l.identifier());
    claims.put("n", l.name());
    claims.put("h", Masking.personName(l.holderName()));
    claims.put("o", l.issuerName());
    claims.put("d", l.issuedOn().toString());
    claims.put("u", l.validUntil() == null ? "" : l.validUntil().toString());
    claims.put("k", key.keyId());
    claims.put("t", OffsetDateTime.now(clock).withNano(0).toString());
    byte[] bytes = QrPayloads.claimBytes(json, claims);
    return QrPayloads.encode(bytes, Signatures.sign(key.privateKey(), bytes));
  }

  // --- reuse in cases (减材料) and holder-consented sharing ---

  @Override
  @Transactional(readOnly = true)
  public Optional<HeldLicense> valid(String holderUsername, String typeName) {
    return licenses.validOfType(holderUsername, typeName, LocalDate.now(clock), PageRequest.of(0, 1)).stream()
        .findFirst()
        .map(l -> new HeldLicense(l.identifier(), l.name(), l.number(), l.issuerName()));
  }

  @Override
  @Transactional
  public Optional<byte[]> readForCase(String identifier, String holderUsername, String caseNumber, CurrentUser reader) {
    Optional<ELicense> license = licenses.findById(identifier).filter(l -> l.holderUsername().equals(holderUsername));
    if (license.isEmpty()) {
      return Optional.empty();
    }
    if (!reader.username().equals(holderUsername)) {
      // the case (checked by the caller) names this license type: the read is allowed and logged for the holder
      uses.save(new UseRecord(identifier, caseNumber, reader.departmentCode() == null ? "" : reader.departmentCode(), reader.username(), OffsetDateTime.now(clock)));
      audit.record(reader.username(), "license.read", identifier, "办件 " + caseNumber);
    }
    return Optional.of(draw(license.get()));
  }

  @Override
  @Transactional(readOnly = true)
  public Slice<org.yiwang.license.LicenseUse> uses(CurrentUser holder, String identifier, int page, int size) {
    ELicense l = visible(holder, identifier);
    return uses.findByIdentifierOrderByIdDesc(l.identifier(), Paging.of(page, size, 200))
        .map(UseRecord::view);
  }

  // --- verification ---

  @Override
  @Transactional(readOnly = true)
  public Verification verifyQr(String payload) {
    QrPayloads.Parsed parsed = QrPayloads.parse(json, payload);
    if (parsed == null) {
      return Verification.invalid("not a Yiwang e-license QR payload");
    }
    Optional<X509Certificate> certificate = keys.certificate(parsed.claims().get("k"));
    if (certificate.isEmpty()) {
      return Verification.invalid("unknown key id");
    }
    if (!Signatures.verify(certificate.get(), parsed.claimBytes(), parsed.signature())) {
      return Verification.invalid("signature does not match: the payload was altered");
    }
    Map<String, String> claims = parsed.claims();
    return online(claims.get("i"), claims.get("n"), claims.get("h"), claims.get("o"), claims.get("d"), claims.get("t"));
  }

  private Verification online(String identifier, String name, String holder, String issuer, String issuedOn, String signedAt) {
    OffsetDateTime signed = null;
    try {
      signed = signedAt == null ? null : OffsetDateTime.parse(signedAt);
    } catch (java.time.format.DateTimeParseException ignored) {
      // an old payload without a time still verifies
    }
    LocalDate issued = issuedOn == null ? null : LocalDate.parse(issuedOn);
    Optional<ELicense> record = licenses.findById(identifier);
    if (record.isEmpty()) {
      return new Verification(false, "no such license in the library", identifier, name, holder, issuer, issued, null, signed);
    }
    LicenseStatus status = status(record.get());
    return new Verification(
        status == LicenseStatus.VALID, status == LicenseStatus.VALID ? null : "license " + status.name().toLowerCase(),
        identifier, name, holder, issuer, issued, status, signed);
  }

  @Override
  @Transactional(readOnly = true)
  public Verification verifyPdf(byte[] pdf) {
    if (pdf == null || pdf.length == 0) {
      return Verification.invalid("empty file");
    }
    try (var document = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      if (signatures.isEmpty()) {
        return Verification.invalid("the PDF carries no signature");
      }
      PDSignature signature = signatures.get(signatures.size() - 1);
      int[] range = signature.getByteRange();
      if (range == null || range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
        return Verification.invalid("the signature does not cover the whole file: it was altered or truncated");
      }
      byte[] cms = signature.getContents(pdf);
      byte[] signedContent = signature.getSignedContent(pdf);
      var signer = Signatures.cmsSigner(cms, signedContent);
      if (signer == null) {
        return Verification.invalid("signature does not match: the file was altered");
      }
      X509Certificate embedded =
          new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
              .setProvider(BouncyCastle.PROVIDER)
              .getCertificate(signer);
      if (keys.certificate(DepartmentKeys.keyId(embedded)).isEmpty()) {
        return Verification.invalid("signed by a certificate the platform did not publish");
      }
      String identifier = document.getDocumentInformation().getCustomMetadataValue(LicensePdf.IDENTIFIER_KEY);
      Optional<ELicense> record = identifier == null ? Optional.empty() : licenses.findById(identifier);
      if (record.isEmpty()) {
        return Verification.invalid("no such license in the library");
      }
      ELicense l = record.get();
      return online(l.identifier(), l.name(), Masking.personName(l.holderName()), l.issuerName(), l.issuedOn().toString(),
          signature.getSignDate() == null ? null : signature.getSignDate().toInstant().atOffset(java.time.ZoneOffset.ofHours(8)).toString());
    } catch (IOException | RuntimeException | org.bouncycastle.cms.CMSException | java.security.cert.CertificateException e) {
      log.debug("A PDF did not verify", e);
      return Verification.invalid("not a readable signed PDF");
    }
  }

  @Override
  public String certificatesPem() {
    var pem = new StringBuilder();
    keys.all().forEach((id, certificate) -> pem.append("# key id ").append(id).append('\n').append(DepartmentKeys.pem(certificate)));
    return pem.toString();
  }

  // --- the issuing department ---

  @Override
  @Transactional
  public LicenseView revoke(CurrentUser staff, String identifier, String reason) {
    ELicense l = licenses.findById(identifier == null ? "" : identifier).orElseThrow(() -> new NotFoundException("license.notFound"));
    if (!staff.isStaff() || !l.departmentCode().equals(staff.departmentCode())
        || !(staff.has(Role.SUPERVISOR) || staff.has(Role.APPROVER))) {
      throw new NotFoundException("license.notFound");
    }
    if (reason == null || reason.isBlank()) {
      throw BusinessRuleException.badRequest("reason", "license.revoke.reason");
    }
    String why = reason.strip().length() > 1000 ? reason.strip().substring(0, 1000) : reason.strip();
    l.revoke(why, OffsetDateTime.now(clock));
    audit.record(staff.username(), "license.revoke", identifier, why);
    return view(l);
  }

  @Override
  public String rotateKey(CurrentUser admin, String departmentCode) {
    if (!admin.has(Role.PLATFORM_ADMIN)) {
      throw BusinessRuleException.forbidden("license.rotate.adminOnly");
    }
    var department = catalog.department(departmentCode).orElseThrow(() -> new NotFoundException("catalog.department.unknown", departmentCode));
    String keyId = keys.rotate(department.code(), department.name()).keyId();
    audit.record(admin.username(), "license.key.rotate", department.code(), keyId);
    return keyId;
  }

  @Override
  @Transactional
  public Slice<LicenseView> issuedBy(CurrentUser staff, String query, int page, int size) {
    var pageable = Paging.of(page, size, 100);
    if (!staff.isStaff() || staff.departmentCode() == null) {
      return new SliceImpl<>(List.of(), pageable, false);
    }
    String department = staff.departmentCode();
    String text = query == null ? "" : query.strip();
    if (text.length() > MAX_QUERY_LENGTH) {
      throw BusinessRuleException.badRequest("q", "license.search.tooLong", MAX_QUERY_LENGTH);
    }
    if (text.isEmpty()) {
      List<ELicense> rows = licenses.pageOfDepartment(department, (int) Math.min(pageable.getOffset(), Integer.MAX_VALUE), pageable.getPageSize() + 1);
      boolean more = rows.size() > pageable.getPageSize();
      return new SliceImpl<>(rows.stream().limit(pageable.getPageSize()).map(this::view).toList(), pageable, more);
    }
    audit.record(staff.username(), "license.search", department, DOCUMENT_NUMBER.matcher(text).replaceAll(m -> Masking.idNumber(m.group())));
    // a number (license, case, ID) is looked up by its index; a name is looked for in the holders' names
    String upper = text.toUpperCase(Locale.ROOT);
    if (!HAN.matcher(text).find() && licenses.countIdentifiedBy(department, upper) > 0) {
      return licenses.identifiedBy(department, upper, pageable).map(this::view);
    }
    String pattern = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    return licenses.holderNameLike(department, pattern, pageable).map(this::view);
  }
}
