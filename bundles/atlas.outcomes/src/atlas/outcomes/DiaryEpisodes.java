package atlas.outcomes;

import java.util.List;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.HeadacheSide;
import atlas.measures.HeadacheEpisode;
import atlas.measures.HeadacheEpisode.AcuteMedication;

/** The diary's stored entries as the episodes the monthly metrics count. */
public final class DiaryEpisodes {

    private DiaryEpisodes() {
    }

    public static List<HeadacheEpisode> of(List<HeadacheDiaryEntry> entries) {
        return entries.stream().map(DiaryEpisodes::of).toList();
    }

    public static HeadacheEpisode of(HeadacheDiaryEntry entry) {
        boolean unilateral = entry.getSide() == HeadacheSide.LEFT || entry.getSide() == HeadacheSide.RIGHT;
        return new HeadacheEpisode(entry.getStartsAt().toLocalDate(), entry.getDurationMinutes(), entry.getIntensity(),
                unilateral, entry.isPulsating(), entry.isWorseWithActivity(), entry.isNauseaOrVomiting(),
                entry.isPhotophobia(), entry.isPhonophobia(), entry.getAuraMinutes(), medication(entry));
    }

    /** Simple analgesics and NSAIDs share the 15-day overuse rule (ICHD-3 8.2.3). */
    private static AcuteMedication medication(HeadacheDiaryEntry entry) {
        if (entry.getMedicationClass() == null) {
            return entry.getMedicationName() == null ? null : AcuteMedication.OTHER;
        }
        return switch (entry.getMedicationClass()) {
        case SIMPLE_ANALGESIC, NSAID -> AcuteMedication.SIMPLE_ANALGESIC;
        case TRIPTAN -> AcuteMedication.TRIPTAN;
        case ERGOT -> AcuteMedication.ERGOT;
        case GEPANT -> AcuteMedication.GEPANT;
        case OPIOID -> AcuteMedication.OPIOID;
        case COMBINATION -> AcuteMedication.COMBINATION;
        case OTHER -> AcuteMedication.OTHER;
        };
    }
}
