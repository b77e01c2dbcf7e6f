package org.yiwang.license.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ELicenses extends JpaRepository<ELicense, String> {

  List<ELicense> findByHolderUsernameOrderByIssuedOnDescIdentifierDesc(String holderUsername);

  /**
   * One page of a department's licenses, newest first. The page's identifiers come from the index on
   * (department, issue date, identifier) alone, so a deep page skips index entries instead of whole
   * rows, as an applicant's page of cases does.
   */
  @Query(
      """
      select l from ELicense l
      where l.identifier in (
        select p.identifier from ELicense p where p.departmentCode = :department
        order by p.issuedOn desc, p.identifier desc
        offset :offset rows fetch first :size rows only)
      order by l.issuedOn desc, l.identifier desc""")
  List<ELicense> pageOfDepartment(@Param("department") String departmentCode, @Param("offset") int offset, @Param("size") int size);

  /** How many of a department's licenses have the text as their number, case number or holder's ID number (each indexed). */
  @Query(
      """
      select count(l) from ELicense l where l.departmentCode = :department
        and (l.number = :text or l.caseNumber = :text or l.holderId = :text)""")
  long countIdentifiedBy(@Param("department") String departmentCode, @Param("text") String text);

  @Query(
      """
      select l from ELicense l where l.departmentCode = :department
        and (l.number = :text or l.caseNumber = :text or l.holderId = :text)
      order by l.issuedOn desc, l.identifier desc""")
  Slice<ELicense> identifiedBy(@Param("department") String departmentCode, @Param("text") String text, Pageable page);

  /** A department's licenses whose holder's name matches the LIKE pattern (escaped with '!'), newest first. */
  @Query(
      """
      select l from ELicense l where l.departmentCode = :department and l.holderName like :pattern escape '!'
      order by l.issuedOn desc, l.identifier desc""")
  Slice<ELicense> holderNameLike(@Param("department") String departmentCode, @Param("pattern") String pattern, Pageable page);

  /**
   * The holder's newest license of a type that is neither revoked nor expired on {@code today}: from
   * the index on (holder, issue date), not all of the holder's licenses (an enterprise holds many).
   */
  @Query(
      """
      select l from ELicense l where l.holderUsername = :holder and l.typeName = :type and l.revokedAt is null
        and (l.validUntil is null or l.validUntil >= :today)
      order by l.issuedOn desc, l.identifier desc""")
  List<ELicense> validOfType(@Param("holder") String holderUsername, @Param("type") String typeName, @Param("today") LocalDate today, Pageable first);

  Optional<ELicense> findByCaseId(String caseId);
}
