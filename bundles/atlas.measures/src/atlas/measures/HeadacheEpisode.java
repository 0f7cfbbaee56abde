package atlas.measures;

import java.time.LocalDate;

/**
 * One headache of the diary, reduced to what the monthly metrics count (clinical reference,
 * "Headache diary"; ICHD-3 1.1 for migraine features).
 *
 * @param day              the calendar day the headache began
 * @param durationMinutes  how long it lasted, or null if not noted
 * @param intensity        0-10, or null; 4 or more counts as moderate or severe pain
 * @param unilateral       on one side
 * @param pulsating        pulsating quality
 * @param worseWithActivity aggravated by or causing avoidance of routine physical activity
 * @param nauseaOrVomiting  nausea or vomiting
 * @param photophobia       light sensitivity
 * @param phonophobia       sound sensitivity
 * @param auraMinutes       duration of an aura, or null
 * @param medication        the acute medication taken, or null
 */
public record HeadacheEpisode(LocalDate day, Integer durationMinutes, Integer intensity, boolean unilateral,
        boolean pulsating, boolean worseWithActivity, boolean nauseaOrVomiting, boolean photophobia,
        boolean phonophobia, Integer auraMinutes, AcuteMedication medication) {

    /** Refuses what no diary entry can be, naming the field and what is allowed. */
    public HeadacheEpisode {
        if (day == null) {
            throw new IllegalArgumentException(MeasureWording.of("diary.problem.day"));
        }
        if (durationMinutes != null && durationMinutes < 0) {
            throw new IllegalArgumentException(MeasureWording.of("diary.problem.duration", day, durationMinutes));
        }
        if (auraMinutes != null && auraMinutes < 0) {
            throw new IllegalArgumentException(MeasureWording.of("diary.problem.aura", day, auraMinutes));
        }
        if (intensity != null && (intensity < 0 || intensity > 10)) {
            throw new IllegalArgumentException(MeasureWording.of("diary.problem.intensity", day, intensity));
        }
    }

    /** Acute medication classes as the medication-overuse rules group them (ICHD-3 8.2). */
    public enum AcuteMedication {
        /** Simple analgesics and NSAIDs: overuse from 15 days a month. */
        SIMPLE_ANALGESIC,
        /** Triptans: migraine-specific; overuse from 10 days a month. */
        TRIPTAN,
        /** Ergots: migraine-specific; overuse from 10 days a month. */
        ERGOT,
        /** Gepants: migraine-specific; no overuse threshold in the reference. */
        GEPANT,
        /** Opioids: overuse from 10 days a month. */
        OPIOID,
        /** Combination analgesics: overuse from 10 days a month. */
        COMBINATION,
        /** Anything else: counts as a treated day only. */
        OTHER;

        boolean isMigraineSpecific() {
            return this == TRIPTAN || this == ERGOT || this == GEPANT;
        }

        boolean overusedFromTenDays() {
            return this == TRIPTAN || this == ERGOT || this == OPIOID || this == COMBINATION;
        }

        /**
         * A class ICHD-3 8.2.6 counts when several are taken together (ergotamine, triptans, simple
         * analgesics and NSAIDs, opioids; combination analgesics are 8.2.5 on their own). Gepants
         * and other drugs are not named by 8.2 and do not count.
         */
        boolean countsTowardsMultipleClassOveruse() {
            return this == SIMPLE_ANALGESIC || this == TRIPTAN || this == ERGOT || this == OPIOID || this == COMBINATION;
        }
    }

    boolean treated() {
        return medication != null;
    }

    /** 30 minutes or more (a headache without a noted duration counts when it was treated). */
    boolean lastedHalfAnHour() {
        return durationMinutes != null && durationMinutes >= 30;
    }

    /**
     * ICHD-3 1.1 C (at least 2 of unilateral, pulsating, moderate or severe, worse with activity)
     * and D (nausea or vomiting, or both photo- and phonophobia), or an aura of 5-60 minutes, or
     * treated with a migraine-specific drug.
     */
    boolean isMigraine() {
        int characteristics = (unilateral ? 1 : 0) + (pulsating ? 1 : 0)
                + (intensity != null && intensity >= 4 ? 1 : 0) + (worseWithActivity ? 1 : 0);
        boolean accompanied = nauseaOrVomiting || (photophobia && phonophobia);
        boolean migraineHeadache = lastedHalfAnHour() && characteristics >= 2 && accompanied;
        boolean aura = auraMinutes != null && auraMinutes >= 5 && auraMinutes <= 60;
        return migraineHeadache || aura || (medication != null && medication.isMigraineSpecific());
    }
}
