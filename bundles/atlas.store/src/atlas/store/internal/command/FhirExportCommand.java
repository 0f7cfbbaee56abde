package atlas.store.internal.command;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import atlas.core.command.Credentials;
import atlas.core.command.Terminal;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientData;
import atlas.core.security.SignInRefused;
import atlas.core.store.OwnerOnly;
import atlas.core.store.StoreException;
import atlas.fhir.FhirBulkExport;
import atlas.fhir.FhirRecord;
import atlas.store.internal.records.JpaClinicService;
import atlas.store.internal.records.JpaPatientDataService;
import atlas.store.internal.records.JpaPatientService;

/**
 * {@code atlas --export-fhir RECORD-NUMBER --out FILE}: everything Atlas holds about one patient as
 * an HL7 FHIR R4 Bundle (JSON), for a migration or another system; {@code atlas --export-fhir-all
 * --out FOLDER}: every patient as FHIR Bulk Data (one NDJSON file per resource type, see
 * {@link FhirBulkExport}), with its progress on the terminal - under the rules of the window:
 * a user's sign-in (throttled and audited), the permission to export a record (a therapist's, not
 * the desk's or the administrator's), the export in the audit trail. The file is written readable
 * by its owner alone and never over an existing one. Exit status: 0 written, 1 refused (the message
 * says why), 2 usage.
 */
public final class FhirExportCommand {

    private static final String USAGE = "usage: export-fhir RECORD-NUMBER --out FILE | export-fhir-all --out FOLDER"
            + "   [--user NAME --password-file FILE]";
    /** The first argument the launch script gives for --export-fhir-all. */
    private static final String ALL = "--all";

    private record Options(String recordNumber, Path out, String user, Path passwordFile) {
    }

    private FhirExportCommand() {
    }

    public static void main(String[] args) {
        Terminal.quiet();
        Options options = parse(args);
        Terminal.exit(() -> run(options, new Terminal()), "Could not write " + options.out());
    }

    private static int run(Options options, Terminal terminal)
            throws IOException, StoreException, SignInRefused, Credentials.Refused {
        if (options.recordNumber() == null) {
            return all(options, terminal);
        }
        if (Files.exists(options.out())) {
            System.err.println(options.out() + " exists already; Atlas does not write over it: name a new file");
            return 1;
        }
        if (options.out().getParent() != null && !Files.isDirectory(options.out().getParent())) {
            System.err.println("There is no folder " + options.out().getParent());
            return 1;
        }
        try (SignedIn signedIn = SignedIn.open(SignedIn.clinic(),
                Credentials.of(options.user(), options.passwordFile(), terminal))) {
            Patient patient = new JpaPatientService(signedIn.database(), signedIn.session())
                    .findByRecordNumber(options.recordNumber()).orElse(null);
            if (patient == null) {
                System.err.println("No patient has the record number " + options.recordNumber());
                return 1;
            }
            PatientData data = new JpaPatientDataService(signedIn.database(), signedIn.session()).export(patient.getId());
            String json = FhirRecord.json(data, new JpaClinicService(signedIn.database(), signedIn.session()).details(),
                    LocalDateTime.now(), ClassPathForms.byId());
            OwnerOnly.write(options.out(), new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            System.out.println("Wrote the record of " + patient.getRecordNumber() + " (" + patient.getFamilyName() + ", "
                    + patient.getGivenName() + ") to " + options.out() + " as a FHIR R4 Bundle: "
                    + data.record().visits().size() + " visits, " + data.notes().size() + " notes, "
                    + data.record().observations().size() + " scores, " + data.auditTrail().size()
                    + " audit entries; readable by you alone. The export is in the audit trail.");
            return 0;
        }
    }

    /** The whole clinic into a new or empty folder, the progress on one terminal line. */
    private static int all(Options options, Terminal terminal)
            throws IOException, StoreException, SignInRefused, Credentials.Refused {
        try (SignedIn signedIn = SignedIn.open(SignedIn.clinic(),
                Credentials.of(options.user(), options.passwordFile(), terminal))) {
            long started = System.nanoTime();
            FhirBulkExport.Result written = FhirBulkExport.run(new JpaPatientDataService(signedIn.database(),
                    signedIn.session()), new JpaClinicService(signedIn.database(), signedIn.session()).details(),
                    options.out(), LocalDateTime.now(), ClassPathForms.byId(), (done, total) -> {
                        if (done == total || done % 100 == 0) {
                            System.err.print("\rExported " + done + " of " + total + " patients");
                        }
                    });
            System.err.println();
            System.out.println("Wrote " + written.patients() + " patients as FHIR Bulk Data to " + written.folder() + " in "
                    + (System.nanoTime() - started) / 1_000_000_000 + " s: " + written.total() + " resources ("
                    + written.resources().entrySet().stream().map(type -> type.getValue() + " " + type.getKey())
                            .collect(java.util.stream.Collectors.joining(", "))
                    + "), each file readable by you alone. Each patient's export is in the audit trail.");
            return 0;
        } catch (FhirBulkExport.Cancelled cancelled) {
            System.err.println(cancelled.getMessage());
            return 1;
        } catch (java.nio.file.FileAlreadyExistsException full) {
            System.err.println(full.getFile() + ": " + full.getReason());
            return 1;
        }
    }

    private static Options parse(String[] args) {
        if (args.length == 0 || args[0].isBlank() || (args[0].startsWith("--") && !args[0].equals(ALL))) {
            usage("the record number comes first");
        }
        Path out = null;
        String user = null;
        Path passwordFile = null;
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length && !args[i + 1].startsWith("--") ? args[i + 1] : null;
            switch (args[i]) {
            case "--out" -> out = value == null ? null : Path.of(value).toAbsolutePath();
            case "--user" -> user = value;
            case "--password-file" -> passwordFile = value == null ? null : Path.of(value).toAbsolutePath();
            default -> usage("unknown option " + args[i]);
            }
            if (value == null) {
                usage(args[i] + " needs a value");
            }
            i++;
        }
        if (out == null) {
            usage(args[0].equals(ALL) ? "--out FOLDER names the new folder to write" : "--out FILE names the file to write");
        }
        return new Options(args[0].equals(ALL) ? null : args[0].strip(), out, user, passwordFile);
    }

    private static void usage(String why) {
        Terminal.usage("--export-fhir", why, USAGE);
    }
}
