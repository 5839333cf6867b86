package dk.socialbench.ingest;

import dk.socialbench.delivery.Cpr;
import java.time.LocalDate;

/**
 * A row that passed every rule a single row can be checked against, with typed values. The CPR
 * number is held only until the pseudonymiser has turned it into a person key; the name is never
 * kept. {@code cprCells} and {@code ownNameCells} count its free-text cells cleaned of each.
 */
record Registration(
    String municipalityCode,
    String caseId,
    Cpr cpr,
    String targetGroup,
    Boolean caseClosed,
    LocalDate closedDate,
    String closingReason,
    LocalDate registrationDate,
    String registrationKind,
    Integer monthsSincePrevious,
    String initiator,
    String service,
    String providerName,
    String providerType,
    Double dailyPrice,
    Double hoursIndividual,
    Double hoursGroup,
    double vumScore,
    boolean goalsSet,
    String goalType,
    Double vumTarget,
    LocalDate expectedGoalDate,
    String previousGoalFulfilled,
    String concurrentService,
    Double concurrentDailyPrice,
    String fundingBasis,
    Boolean employmentMeasure,
    int ageAtRegistration,
    int cprCells,
    int ownNameCells) {}
