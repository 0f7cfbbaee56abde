package atlas.core.episode;

import java.util.regex.Pattern;

import atlas.core.validation.FieldRules;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A coded diagnosis of an episode, e.g. ICD-10 G43.0 migraine without aura, M53.0 cervicocranial
 * syndrome (WHO ICD-10; ICD-10-CM G44.86 cervicogenic headache), M26.6x temporomandibular joint
 * disorders, M54.2 cervicalgia (clinical reference, "Codes"). The code system is kept with the code
 * because clinics use different ICD-10 editions.
 */
@Embeddable
public class Diagnosis {

    public static final String ICD_10 = "ICD-10";
    public static final String ICD_10_CM = "ICD-10-CM";
    /** The German modification (BfArM): the WHO codes with German titles and some finer codes. */
    public static final String ICD_10_GM = "ICD-10-GM";
    /** ICD-10, ICD-10-GM and ICD-10-CM code shape: letter, two digits, optional dot and 1 to 4 characters. */
    static final Pattern ICD_10_FORMAT = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?");

    @Column(name = "CODE_SYSTEM", length = 20, nullable = false)
    private String codeSystem;

    @Column(name = "CODE", length = 20, nullable = false)
    private String code;

    @Column(name = "DISPLAY", length = 200)
    private String text;

    protected Diagnosis() {
    }

    public Diagnosis(String codeSystem, String code, String text) {
        this.codeSystem = codeSystem;
        this.code = code;
        this.text = text;
    }

    public static Diagnosis icd10(String code, String text) {
        return new Diagnosis(ICD_10, code, text);
    }

    void check(FieldRules rules, int position) {
        String field = "diagnoses[" + position + "]";
        String label = "Diagnosis " + position;
        rules.requiredText(field + ".codeSystem", label + " code system", codeSystem, 20)
                .requiredText(field + ".code", label + " code", code, 20)
                .optionalText(field + ".text", label + " text", text, 200);
        if ((ICD_10.equals(codeSystem) || ICD_10_CM.equals(codeSystem) || ICD_10_GM.equals(codeSystem)) && code != null
                && !ICD_10_FORMAT.matcher(code).matches()) {
            rules.add(field + ".code", label + " code", "diagnosis.notIcd", code, codeSystem);
        }
    }

    public String getCodeSystem() {
        return codeSystem;
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }

    /** The code and its title in the reader's language ({@link CommonDiagnoses#shownTitle}). */
    @Override
    public String toString() {
        return code + " " + CommonDiagnoses.shownTitle(this);
    }
}
