package dk.socialbench.generate;

/**
 * What is decided about a case before its history is simulated: the traits whose published totals
 * the SEP profile reproduces exactly, and which a national profile draws one case at a time.
 *
 * <p>Codes are those of {@link dk.socialbench.contract.Vocabulary}; null means not recorded.
 *
 * @param registrations number of registrations (rows) of the case
 * @param ageAtFirst age in whole years at the first registration
 * @param firstGoalType goal type set at the first registration, or null when no goals were set
 * @param fulfilmentAtSecond how the first registration's goal stood at the second, or null when
 *     there is no second registration or no goal was set
 */
record CaseOutline(
    int registrations,
    int ageAtFirst,
    String targetGroup,
    String service,
    String fundingBasis,
    String providerType,
    double firstVum,
    String firstGoalType,
    String fulfilmentAtSecond) {}
