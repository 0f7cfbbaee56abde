package atlas.core.episode;

/**
 * Why an episode of care ended (issue 18): the goals were met, progress reached a plateau, the
 * patient chose to stop, the patient was referred on (to a doctor, a dentist, another service), or
 * another reason said in words.
 */
public enum DischargeReason {
    GOALS_MET, PLATEAU, PATIENT_CHOICE, REFERRED_ON, OTHER
}
