package atlas.core.redflag;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The questions of the intake red-flag screening. Codes are stored in
 * {@link RedFlagScreening#getPositiveFlags()}; the wording shown to the therapist lives in the UI's
 * message bundles (English, German).
 * <p>
 * Headache red flags: SNNOOP10 (Do TP et al. 2019, Neurology 92:134-144). Cervical arterial
 * dysfunction screen before manual therapy of the neck: the "5 D's and 3 N's" plus ataxia
 * (clinical reference, "Red flags at intake"; IFOMPT cervical framework, Rushton 2020).
 */
public enum RedFlag {

    SYSTEMIC_SYMPTOMS("systemic_symptoms", Group.SNNOOP10),
    CANCER_HISTORY("cancer_history", Group.SNNOOP10),
    NEUROLOGICAL_DEFICIT("neurological_deficit", Group.SNNOOP10),
    THUNDERCLAP_ONSET("thunderclap_onset", Group.SNNOOP10),
    ONSET_AFTER_50("onset_after_50", Group.SNNOOP10),
    NEW_OR_CHANGED_PATTERN("pattern_change", Group.SNNOOP10),
    POSITIONAL("positional", Group.SNNOOP10),
    PRECIPITATED_BY_VALSALVA("valsalva_precipitated", Group.SNNOOP10),
    PAPILLOEDEMA("papilloedema", Group.SNNOOP10),
    PROGRESSIVE_OR_ATYPICAL("progressive_atypical", Group.SNNOOP10),
    PREGNANCY_OR_PUERPERIUM("pregnancy_puerperium", Group.SNNOOP10),
    PAINFUL_EYE_AUTONOMIC("painful_eye_autonomic", Group.SNNOOP10),
    POST_TRAUMATIC("post_traumatic", Group.SNNOOP10),
    IMMUNE_SUPPRESSION("immune_suppression", Group.SNNOOP10),
    PAINKILLER_OVERUSE_OR_NEW_DRUG("painkiller_overuse_new_drug", Group.SNNOOP10),

    DIZZINESS("cad_dizziness", Group.CERVICAL_ARTERY),
    DIPLOPIA("cad_diplopia", Group.CERVICAL_ARTERY),
    DYSARTHRIA("cad_dysarthria", Group.CERVICAL_ARTERY),
    DYSPHAGIA("cad_dysphagia", Group.CERVICAL_ARTERY),
    DROP_ATTACKS("cad_drop_attacks", Group.CERVICAL_ARTERY),
    NAUSEA("cad_nausea", Group.CERVICAL_ARTERY),
    NYSTAGMUS("cad_nystagmus", Group.CERVICAL_ARTERY),
    NUMBNESS("cad_numbness", Group.CERVICAL_ARTERY),
    ATAXIA("cad_ataxia", Group.CERVICAL_ARTERY);

    /** The two screens of the intake form. */
    public enum Group {
        /** Secondary headache warning signs: refer before treating. */
        SNNOOP10,
        /** Signs of cervical arterial dysfunction: no neck manipulation or traction until cleared. */
        CERVICAL_ARTERY
    }

    private final String code;
    private final Group group;

    RedFlag(String code, Group group) {
        this.code = code;
        this.group = group;
    }

    /** The stored code, stable across versions and languages. */
    public String code() {
        return code;
    }

    public Group group() {
        return group;
    }

    public static List<RedFlag> of(Group group) {
        return Arrays.stream(values()).filter(flag -> flag.group == group).collect(Collectors.toList());
    }

    public static Optional<RedFlag> byCode(String code) {
        return Arrays.stream(values()).filter(flag -> flag.code.equals(code)).findFirst();
    }
}
