package atlas.core.diary;

/**
 * Classes of acute headache medication, as the medication-overuse rules count them: simple
 * analgesics and NSAIDs on 15 or more days a month, triptans, ergots, opioids and combinations on 10
 * or more (clinical reference, "Headache diary"; ICHD-3 8.2). Triptans, ergots and gepants are
 * migraine-specific and make a treated day a migraine day.
 */
public enum MedicationClass {
    SIMPLE_ANALGESIC, NSAID, TRIPTAN, ERGOT, GEPANT, OPIOID, COMBINATION, OTHER;

    public boolean isMigraineSpecific() {
        return this == TRIPTAN || this == ERGOT || this == GEPANT;
    }
}
