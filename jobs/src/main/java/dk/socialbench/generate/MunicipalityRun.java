package dk.socialbench.generate;

import dk.socialbench.contract.DeliveryColumn;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates one municipality's cases, one at a time, from the municipality's own random stream: the
 * same cases whichever thread runs it, and nothing kept once a case is handed on.
 */
final class MunicipalityRun {
  /** Receives each case as soon as it is generated. */
  interface CaseSink {
    void accept(GeneratedCase generatedCase) throws IOException;
  }

  private final DeliveryPlan.Delivery delivery;
  private final MunicipalityProfile profile;
  private final RecordingHabits habits;
  private final FileConvention convention;
  private final SplittableRandom casesRng;
  private final long cprSalt;
  private long cases;
  private long registrations;

  MunicipalityRun(long seed, DeliveryPlan.Delivery delivery) {
    this.delivery = delivery;
    String code = delivery.municipality().code();
    SplittableRandom rng = RandomStreams.forMunicipality(seed, code);
    // Separate sub-streams, so that a SEP municipality (whose profile is fixed and draws nothing)
    // and a drawn one consume their case stream alike.
    SplittableRandom profileRng = rng.split();
    SplittableRandom habitsRng = rng.split();
    this.casesRng = rng.split();
    this.cprSalt = rng.nextLong();
    this.profile = MunicipalityProfile.of(code, profileRng);
    this.habits = RecordingHabits.draw(habitsRng);
    this.convention = FileConvention.of(code);
  }

  FileConvention convention() {
    return convention;
  }

  List<DeliveryColumn> columns() {
    return DeliveryRow.columns(convention, habits, profile, deliversMonthsBeforeFirst());
  }

  /** Generates every case of the delivery into {@code sink}. */
  void run(CaseSink sink) throws IOException {
    CaseSimulator simulator =
        new CaseSimulator(
            delivery.municipality(),
            profile,
            habits,
            new CprNumbers(cprSalt),
            deliversMonthsBeforeFirst());
    if (delivery.outlines() != null) {
      for (CaseOutline outline : delivery.outlines()) {
        emit(simulator.simulate(outline, cases, casesRng), sink);
      }
      return;
    }
    CaseOutlineSampler sampler = new CaseOutlineSampler(profile);
    if (delivery.cases() >= 0) {
      for (long i = 0; i < delivery.cases(); i++) {
        emit(simulator.simulate(sampler.next(casesRng, Long.MAX_VALUE), cases, casesRng), sink);
      }
      return;
    }
    // By registrations: the last case is cut short so the municipality's rows come out exact.
    while (registrations < delivery.registrationBudget()) {
      long left = delivery.registrationBudget() - registrations;
      emit(simulator.simulate(sampler.next(casesRng, left), cases, casesRng), sink);
    }
  }

  /**
   * The national profile fills months_since_previous; the SEP profile (fixed outlines) does not.
   */
  private boolean deliversMonthsBeforeFirst() {
    return delivery.outlines() == null;
  }

  private void emit(GeneratedCase generatedCase, CaseSink sink) throws IOException {
    sink.accept(generatedCase);
    cases++;
    registrations += generatedCase.registrations().size();
  }

  long cases() {
    return cases;
  }

  long registrations() {
    return registrations;
  }
}
