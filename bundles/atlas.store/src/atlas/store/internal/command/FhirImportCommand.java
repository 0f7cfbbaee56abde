package atlas.store.internal.command;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import atlas.core.command.Credentials;
import atlas.core.command.Terminal;
import atlas.core.patient.Patient;
import atlas.core.security.SignInRefused;
import atlas.core.store.StoreException;
import atlas.fhir.FhirImport;
import atlas.store.internal.records.JpaFormResponseService;
import atlas.store.internal.records.JpaPatientService;

/**
 * {@code atlas --import-fhir FILE}: the patients of another system's FHIR R4 export (a Bundle, or
 * NDJSON as Bulk Data writes it) with their care, forms, diary and screenings (the forms scored
 * again by the built-in forms on the class path; a clinic's form is not among them and its
 * answers are skipped, named) registered in one transaction, all or none, under the rules of the
 * window - a user's sign-in (throttled, audited), the register's permission and validation, an
 * audit entry per patient. It shows first how the file was read, every resource skipped and why,
 * every problem by entry or line and field, and likely duplicates (the same names and birth date,
 * or the same identifier); those stop it unless {@code --keep-duplicates}. {@code --dry-run} shows
 * all of it and saves nothing. Exit status: 0 registered (or a clean dry run), 1 refused (the
 * message says why; nothing saved), 2 usage.
 */
public final class FhirImportCommand {

    private static final String USAGE = "usage: import-fhir FILE [--dry-run] [--keep-duplicates]"
            + " [--user NAME --password-file FILE]   FILE: a FHIR R4 Bundle (collection or transaction) or NDJSON";

    private FhirImportCommand() {
    }

    public static void main(String[] args) {
        Terminal.quiet();
        ImportOptions options = ImportOptions.parse(args, "--import-fhir", USAGE, (all, at) -> -1);
        options.run(() -> run(options, new Terminal()));
    }

    private static int run(ImportOptions options, Terminal terminal)
            throws IOException, StoreException, SignInRefused, Credentials.Refused {
        byte[] content = options.content(FhirImport.MAX_BYTES, "split it into several files (NDJSON splits at any line)");
        try (SignedIn signedIn = SignedIn.open(SignedIn.clinic(),
                Credentials.of(options.user(), options.passwordFile(), terminal))) {
            JpaPatientService patients = new JpaPatientService(signedIn.database(), signedIn.session());
            JpaFormResponseService forms = new JpaFormResponseService(signedIn.database(), signedIn.session());
            ClassPathForms.all().forEach(form -> {
                patients.addForm(form);
                forms.addForm(form);
            });
            FhirImport.Check check = FhirImport.check(content, patients, forms, LocalDate.now());
            System.out.println(options.file() + ": " + check.read() + "; patients in it: " + check.patients().size()
                    + " (with " + check.episodes() + " episodes of care, " + check.visits() + " past visits, "
                    + check.notes() + " signed notes, " + check.plans() + " plans of care, " + check.interventionsGiven()
                    + " interventions given, " + check.forms() + " forms, " + check.diaryEntries() + " headache diary entries and "
                    + check.screenings() + " red-flag screenings; " + check.documents() + " documents)");
            print("Skipped", check.skipped());
            print("Problems", check.problems());
            print("Likely duplicates", check.likelyDuplicates());
            if (!check.canRegister()) {
                System.err.println("Nothing was imported: " + (check.problems().isEmpty() ? "the file holds no patients."
                        : "correct the problems above in the file and run it again."));
                return 1;
            }
            if (!check.mayRegister(options.keepDuplicates())) {
                System.err.println("Nothing was imported: " + check.likelyDuplicates().size() + " patients look like a"
                        + " patient registered already or like another of the file; check them, remove them from the file,"
                        + " or run it again with --keep-duplicates to register them anyway.");
                return 1;
            }
            if (options.dryRun()) {
                System.out.println("Dry run: " + check.patients().size() + " patients would be registered"
                        + (check.numbered() ? "" : " under the next numbers of the clinic's pattern")
                        + "; nothing was saved.");
                return 0;
            }
            List<Patient> stored = FhirImport.register(patients, check, options.keepDuplicates());
            System.out.println("Registered " + stored.size() + " patients, " + stored.get(0).getRecordNumber() + " to "
                    + stored.get(stored.size() - 1).getRecordNumber() + " (each in the audit trail).");
            return 0;
        }
    }

    /** Each reason once, with its places ({@link FhirImport#grouped}). */
    private static void print(String heading, List<FhirImport.Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        System.out.println(heading + " (" + problems.size() + "):");
        List<FhirImport.Problem> grouped = FhirImport.grouped(problems);
        grouped.stream().limit(200).forEach(problem -> System.out.println("  " + problem));
        if (grouped.size() > 200) {
            System.out.println("  ... and " + (grouped.size() - 200) + " more");
        }
    }

}
