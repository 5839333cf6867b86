package dk.socialbench.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One generated case: its master data (repeated on every row of the delivery) and its registrations
 * in date order. Enumerated values are the codes of {@link dk.socialbench.contract.Vocabulary};
 * null means an empty cell.
 *
 * <p>{@code birthDate} and {@code male} are what the CPR number was made to encode; they are not
 * columns of the delivery, but let tests check the number.
 *
 * @param service {@code SEL85} or {@code SEL107}, the same at every registration of the case
 * @param caseClosed {@code yes}, {@code no} or null when the municipality does not record it
 */
public record GeneratedCase(
    String municipalityCode,
    String caseId,
    String cpr,
    LocalDate birthDate,
    boolean male,
    String name,
    String targetGroup,
    String caseClosed,
    LocalDate closedDate,
    String closingReason,
    String service,
    List<GeneratedRegistration> registrations) {

  public GeneratedCase {
    Objects.requireNonNull(caseId, "caseId == null");
    registrations = List.copyOf(registrations);
  }
}
