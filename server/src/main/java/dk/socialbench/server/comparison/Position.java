package dk.socialbench.server.comparison;

/**
 * Where a municipality stands on one key figure: its own figure, its comparison group's pooled from
 * the members' published figures, the country's, and whether the differences are beyond the
 * uncertainty.
 *
 * @param membersUsed how many of the group's members the group figure includes (a member whose
 *     figure is withheld is left out)
 */
public record Position(
    KeyFigure figure,
    Estimate focus,
    Estimate group,
    int membersUsed,
    Estimate country,
    Difference versusGroup,
    Difference versusCountry) {}
