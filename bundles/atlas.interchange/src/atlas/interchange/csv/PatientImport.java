package atlas.interchange.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import atlas.api.validation.FieldError;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.store.StoreException;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;
import atlas.interchange.csv.CsvFile.Problem;

/**
 * A CSV import of patients as the command line and the window both run it: the file read through
 * the mapping the user confirmed, its rows compared with the register, and then registered all or
 * none - only when every row is good, and rows that look like a patient already there (or like
 * another row) only when the user chose to keep them. The register itself checks the user's
 * permission, every field again, and writes an audit entry per patient.
 */
public final class PatientImport {

    /** What registering the file would do: its rows as read, and which look like a registered patient. */
    public record Check(PatientCsv.Result result, List<Problem> registeredAlready, boolean numbered) {

        /** Rows that look like a registered patient or like another row of the file. */
        public List<Problem> likelyDuplicates() {
            List<Problem> all = new ArrayList<>(result.likelyDuplicates());
            all.addAll(registeredAlready);
            return all;
        }

        /** Whether every row is good; likely duplicates are for the user to decide. */
        public boolean canRegister() {
            return result.canRegister();
        }

        /** Whether {@link PatientImport#register} takes it: every row good, and likely duplicates only if kept. */
        public boolean mayRegister(boolean keepDuplicates) {
            return canRegister() && (keepDuplicates || likelyDuplicates().isEmpty());
        }

        public List<Patient> patients() {
            return result.patients().stream().map(PatientCsv.Read::patient).toList();
        }
    }

    private PatientImport() {
    }

    /** Reads {@code table} through {@code mapping} and compares its patients with {@code register}'s. */
    public static Check check(PatientService register, CsvFile.Table table, Map<PatientColumn, Integer> mapping,
            LocalDate today) throws StoreException {
        PatientCsv.Result result = PatientCsv.read(table, mapping, today);
        List<Problem> registered = new ArrayList<>();
        if (!result.patients().isEmpty()) {
            List<Patient> patients = result.patients().stream().map(PatientCsv.Read::patient).toList();
            List<Optional<String>> same = register.likelyRegistered(patients);
            for (int i = 0; i < same.size(); i++) {
                if (same.get(i).isPresent()) {
                    PatientCsv.Read read = result.patients().get(i);
                    Patient patient = read.patient();
                    registered.add(new Problem(read.line(), new FieldError("familyName", Wording.label("familyName",
                            "Family name"), Wording.of("patientImport.registered", patient.displayName(),
                                    patient.getDateOfBirth().toString(), same.get(i).get()))));
                }
            }
        }
        return new Check(result, registered, mapping.containsKey(PatientColumn.RECORD_NUMBER));
    }

    /**
     * Registers the checked patients in one transaction: with their own record numbers when the
     * file has them, else with the next numbers of the clinic's pattern in the file's order.
     *
     * @throws ValidationException nothing saved: a row is bad, likely duplicates were not to be
     *                             kept, or the register refused a field (a number taken, a
     *                             pattern used up)
     */
    public static List<Patient> register(PatientService register, Check check, boolean keepDuplicates)
            throws StoreException {
        if (!check.canRegister()) {
            throw new ValidationException(new FieldError("file", "CSV", Wording.of("patientImport.notReady",
                    check.result().problems().size())));
        }
        if (!check.mayRegister(keepDuplicates)) {
            throw new ValidationException(new FieldError("file", "CSV", Wording.of("patientImport.duplicates",
                    check.likelyDuplicates().size())));
        }
        return check.numbered() ? register.registerAll(check.patients()) : register.registerAllNumbered(check.patients());
    }
}
