package dk.socialbench.generate;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.Municipality;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plausible Danish free text for the optional text columns: provider names, closing reasons and
 * concurrent services. A few contain a comma, a quote or a line break, as caseworkers' text does,
 * so that readers must honour CSV quoting.
 */
final class DanishFreeText {
  private static final String[] OWN_PROVIDERS = {
    "Bostøtten",
    "Center for Socialpsykiatri",
    "Bofællesskabet Egebo",
    "Botilbuddet Solsikken",
    "Team Bostøtte Nord",
    "Støttecentret, Team Øst",
    "Botilbuddet \"Lærkereden\"",
    "Center for Handicap og Psykiatri",
    "Bo- og Støttecenter Vest"
  };
  private static final String[] PRIVATE_PROVIDERS = {
    "Lindegården ApS", "Bostedet Kastaniehuset", "Opholdsstedet Skovly",
    "Socialpædagogisk Center Fjordglimt A/S", "Bostøtte Danmark ApS", "Fonden Kildevæld",
    "Botilbuddet Havblik, afd. 2"
  };
  private static final String[] REGIONAL_UNITS = {
    "Botilbud for voksne med autisme", "Socialpsykiatrisk Bosted", "Specialområde Handicap"
  };
  private static final String[] CLOSING_REASONS = {
    "Målene for indsatsen er nået",
    "Borgeren er flyttet til anden kommune",
    "Borgeren ønsker ikke længere støtte",
    "Overgået til længerevarende botilbud (SEL §108)",
    "Overgået til §85 i eget hjem",
    "Borgeren er indlagt i længere tid",
    "Borgeren har sagt \"nej tak\" til støtten",
    "Flyttet i egen bolig\nOpfølgning aftalt med jobcentret",
    "Støtten ydes nu efter SEL §82"
  };
  private static final String[] CONCURRENT_SERVICES = {
    "Beskyttet beskæftigelse (SEL §103)",
    "Aktivitets- og samværstilbud (SEL §104)",
    "Misbrugsbehandling (SEL §101)",
    "Ledsageordning (SEL §97)",
    "Kontaktperson (SEL §98)",
    "Mentor, jobcenter (LAB)",
    "Dagtilbud (SEL §104)"
  };

  private DanishFreeText() {}

  /** A provider name that fits the provider type (unknown type: any municipal provider). */
  static String providerName(Municipality own, String providerType, SplittableRandom rng) {
    if (providerType == null || providerType.equals("own_municipality")) {
      return own.name() + " Kommune, " + pick(OWN_PROVIDERS, rng);
    }
    return switch (providerType) {
      case "private" -> pick(PRIVATE_PROVIDERS, rng);
      case "region" -> "Region " + own.region() + ", " + pick(REGIONAL_UNITS, rng);
      default -> otherMunicipality(own, rng).name() + " Kommune, " + pick(OWN_PROVIDERS, rng);
    };
  }

  static String closingReason(SplittableRandom rng) {
    return pick(CLOSING_REASONS, rng);
  }

  static String concurrentService(SplittableRandom rng) {
    return pick(CONCURRENT_SERVICES, rng);
  }

  private static Municipality otherMunicipality(Municipality own, SplittableRandom rng) {
    List<Municipality> all = Municipalities.danish().all();
    Municipality other = all.get(rng.nextInt(all.size()));
    return other.code().equals(own.code()) ? all.get((all.indexOf(other) + 1) % all.size()) : other;
  }

  private static String pick(String[] options, SplittableRandom rng) {
    return options[rng.nextInt(options.length)];
  }
}
