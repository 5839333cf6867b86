package dk.socialbench.generate;

import java.time.LocalDate;

/**
 * One registration (one delivery row without the case's master data). Codes are those of {@link
 * dk.socialbench.contract.Vocabulary}; null means an empty cell.
 *
 * @param dailyPrice DKK per day, for §107 only
 * @param monthsSincePrevious on a case's first registration that is a follow-up: the months since
 *     the earlier registration outside the data, if the municipality delivers them
 * @param hoursIndividual hours per month of individual support, for §85 only
 * @param vumTarget the VUM score expected at the goal date, if recorded
 * @param previousGoalFulfilled null at the first registration, filled at every later one
 */
public record GeneratedRegistration(
    LocalDate date,
    String kind,
    Integer monthsSincePrevious,
    String initiator,
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
    String employmentMeasure) {}
