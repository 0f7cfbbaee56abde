package atlas.core.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import atlas.core.EnglishLocale;

/** Common diagnoses titled in the reader's language, labelled by their code system. */
@ExtendWith(EnglishLocale.class)
class CommonDiagnosesTest {

    @Test
    void aPickedDiagnosisIsShownInTheReadersLanguage() {
        Diagnosis pickedInEnglish = CommonDiagnoses.offered().stream().filter(d -> d.getCode().equals("G44.2"))
                .findFirst().orElseThrow();
        assertEquals("Tension-type headache", pickedInEnglish.getText());
        Locale.setDefault(Locale.GERMAN);
        assertEquals("G44.2 Spannungskopfschmerz (ICD-10)", CommonDiagnoses.shown(pickedInEnglish));
        Diagnosis pickedInGerman = CommonDiagnoses.offered().stream().filter(d -> d.getCode().equals("G44.86"))
                .findFirst().orElseThrow();
        assertEquals("Zervikogener Kopfschmerz", pickedInGerman.getText());
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("G44.86 Cervicogenic headache (ICD-10-CM)", CommonDiagnoses.shown(pickedInGerman));
    }

    @Test
    void aTitleTheTherapistWroteIsShownAsWritten() {
        Diagnosis own = Diagnosis.icd10("G44.2", "Episodic tension-type headache, frequent");
        Locale.setDefault(Locale.GERMAN);
        assertEquals("Episodic tension-type headache, frequent", CommonDiagnoses.shownTitle(own));
        assertEquals("Spannungskopfschmerz", CommonDiagnoses.shownTitle(Diagnosis.icd10("G44.2", "")));
        assertEquals("Spannungskopfschmerz",
                CommonDiagnoses.shownTitle(new Diagnosis(Diagnosis.ICD_10_GM, "G44.2", "Tension-type headache")),
                "ICD-10-GM shares the WHO codes' titles");
        assertEquals("Mystery", CommonDiagnoses.shownTitle(Diagnosis.icd10("R51", "Mystery")), "not in the list");
    }

    @Test
    void theJawIsOfferedInBothEditionsWithItsCodeSystem() {
        List<String> offered = CommonDiagnoses.offered().stream().map(d -> d.getCodeSystem() + " " + d.getCode())
                .toList();
        assertTrue(offered.contains("ICD-10 K07.6"), offered.toString());
        assertTrue(offered.contains("ICD-10-CM M26.60"), "M26.60 is an ICD-10-CM code: " + offered);
        assertTrue(offered.contains("ICD-10-CM G44.86"), offered.toString());
    }
}
