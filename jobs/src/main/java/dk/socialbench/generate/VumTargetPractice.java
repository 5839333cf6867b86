package dk.socialbench.generate;

/** Whether a municipality records a VUM target with its goals, and which way it expects it. */
public enum VumTargetPractice {
  /** The municipality leaves the VUM target empty (3 of the 10 SEP municipalities). */
  NOT_SET,
  /** Improvement goals come with a lower (better) target score, as in 6 of 7 SEP municipalities. */
  EXPECTS_LOWER,
  /**
   * Improvement goals come with a higher target score. One SEP municipality's mean target was above
   * its mean score; reading the scale the wrong way round is the plausible explanation modelled.
   */
  EXPECTS_HIGHER
}
