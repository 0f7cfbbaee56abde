package atlas.core.redflag;

import java.time.LocalDate;
import java.util.List;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.validation.Wording;

/**
 * The red-flag gate before neck manual therapy and traction (clinical reference, "Red flags at
 * intake"; IFOMPT cervical framework, Rushton et al. 2020, JOSPT 50:222): such an intervention is
 * planned, given or handed out for home only when the episode has a completed screening and no
 * positive flag of the patient waits for a clinician's acknowledgement.
 * <p>
 * A screening belongs to an episode when it was done from the episode's start to its end: a
 * screening from an earlier episode does not clear a new one, because the patient's state may have
 * changed in between (IFOMPT: screen before each episode of neck manual therapy). An open flag
 * blocks whenever it was raised, since nobody has yet judged it.
 */
public final class RedFlagGate {

    /** What the gate found for one episode. */
    public record Clearance(boolean screened, List<String> openFlags) {

        public Clearance {
            openFlags = List.copyOf(openFlags);
        }

        public boolean cleared() {
            return screened && openFlags.isEmpty();
        }
    }

    /** What was asked for, for the first words of a refusal. */
    public enum Action {
        SIGN_PLAN, RECORD_GIVEN, HOME_PROGRAMME
    }

    private RedFlagGate() {
    }

    /** The gate's state for {@code episode}, from every screening of its patient. */
    public static Clearance of(EpisodeOfCare episode, List<RedFlagScreening> screenings) {
        boolean screened = screenings.stream().anyMatch(screening -> during(episode, screening));
        List<String> open = screenings.stream().filter(RedFlagScreening::isOpen)
                .flatMap(screening -> screening.flags().stream()).distinct().toList();
        return new Clearance(screened, open);
    }

    private static boolean during(EpisodeOfCare episode, RedFlagScreening screening) {
        LocalDate day = screening.getScreenedAt().toLocalDate();
        return !day.isBefore(episode.getStartDate()) && (episode.getEndDate() == null || !day.isAfter(episode.getEndDate()));
    }

    /**
     * The refusal in the user's language, naming what was asked, the interventions and the reason
     * (no screening in this episode, or the open flags in the screen's words).
     *
     * @param interventions the gated interventions' names, already in the user's language
     */
    public static String refusal(Action action, List<String> interventions, Clearance clearance) {
        String what = Wording.text("redFlagGate.action." + action.name());
        String names = String.join(", ", interventions);
        String flags = RedFlagWording.list(clearance.openFlags());
        if (clearance.screened()) {
            return Wording.of("redFlagGate.openFlags", what, names, flags);
        }
        return clearance.openFlags().isEmpty() ? Wording.of("redFlagGate.notScreened", what, names)
                : Wording.of("redFlagGate.both", what, names, flags);
    }
}
