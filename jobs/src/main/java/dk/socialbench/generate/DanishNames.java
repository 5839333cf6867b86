package dk.socialbench.generate;

import java.util.SplittableRandom;

/**
 * Common Danish first names and surnames. Combined at random they name fictitious citizens; the
 * name column is personal data in a real delivery and is dropped at ingest.
 */
final class DanishNames {
  private static final String[] MALE =
      ("Peter Jens Lars Michael Henrik Thomas Søren Jan Niels Morten Anders Jesper Mads Rasmus"
              + " Christian Martin Mikkel Frederik Jonas Kasper Emil Mathias Oliver Magnus Tobias"
              + " Nikolaj Kim Brian Bo Carsten Ole Poul Torben Kristian Simon Daniel Jakob Lasse"
              + " Sebastian Asger Bjørn Jørgen Aksel Malthe Villads Ahmed Ali Omar")
          .split(" ");
  private static final String[] FEMALE =
      ("Anne Kirsten Hanne Mette Susanne Lene Maria Charlotte Pia Louise Camilla Julie Emma Ida"
              + " Sofie Laura Mathilde Freja Cecilie Sara Line Stine Tina Helle Rikke Marianne"
              + " Birgitte Karina Signe Nanna Amalie Josefine Anja Trine Maja Gitte Bente Dorthe"
              + " Åse Sølvi Fatima Aisha")
          .split(" ");
  private static final String[] SURNAMES =
      ("Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen"
              + " Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller"
              + " Mortensen Knudsen Jakobsen Mikkelsen Frederiksen Laursen Henriksen Lund Holm"
              + " Schmidt Eriksen Kristiansen Clausen Simonsen Svendsen Andreasen Iversen"
              + " Østergaard Vestergaard Jeppesen Mogensen Dahl Bach Kjær Højgaard Ali Hassan")
          .split(" ");

  private DanishNames() {}

  /** A first name matching the sex, sometimes a middle name, and a surname. */
  static String draw(boolean male, SplittableRandom rng) {
    String[] firstNames = male ? MALE : FEMALE;
    String first = firstNames[rng.nextInt(firstNames.length)];
    String last = SURNAMES[rng.nextInt(SURNAMES.length)];
    if (rng.nextInt(6) == 0) {
      return first + " " + SURNAMES[rng.nextInt(SURNAMES.length)] + " " + last;
    }
    return first + " " + last;
  }
}
