package atlas.store.internal.command;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import atlas.core.command.Credentials;
import atlas.core.command.Terminal;
import atlas.core.patient.Patient;
import atlas.core.security.SignInRefused;
import atlas.core.store.StoreException;
import atlas.interchange.csv.CsvFile;
import atlas.interchange.csv.PatientColumn;
import atlas.interchange.csv.PatientImport;
import atlas.store.internal.DatabaseSettings;
import atlas.store.internal.records.JpaPatientService;

/**
 * {@code atlas --import-patients FILE.csv}: the patients of another system's CSV export registered
 * in one transaction, all or none, under the rules of the window - a user's name and password
 * (throttled and audited as a sign-in), the register's permission and validation, an audit entry
 * per patient. It shows first how the file was read and which column fills which field (proposed
 * from the header, changed with {@code --map FIELD=COLUMN}), every bad row by line and field, and
 * the rows that look like a patient registered already or like another row; those stop the import
 * unless {@code --keep-duplicates}. {@code --dry-run} shows all of it and saves nothing. Without a
 * record-number column the clinic's numbering pattern gives the numbers. Exit status: 0 registered
 * (or a clean dry run), 1 refused (the message says why; nothing saved), 2 usage.
 */
public final class PatientImportCommand {

    private static final String USAGE = "usage: import-patients FILE.csv [--map FIELD=COLUMN]... [--dry-run]"
            + " [--keep-duplicates] [--user NAME --password-file FILE]   FIELD: " + String.join(", ", Arrays.stream(PatientColumn.values())
                    .map(PatientImportCommand::option).toList()) + "; COLUMN: its header name or number (1 = first)";

    private record Options(ImportOptions common, Map<PatientColumn, String> map) {
        Path file() {
            return common.file();
        }
    }

    private PatientImportCommand() {
    }

    public static void main(String[] args) {
        Terminal.quiet();
        Options options = parse(args);
        options.common().run(() -> run(options, new Terminal()));
    }

    private static int run(Options options, Terminal terminal)
            throws IOException, StoreException, SignInRefused, Credentials.Refused {
        CsvFile.Table table = CsvFile.read(options.common().content(CsvFile.MAX_BYTES, "split it into several files"));
        Map<PatientColumn, Integer> mapping = PatientColumn.propose(table.header());
        for (Map.Entry<PatientColumn, String> chosen : options.map().entrySet()) {
            int column = column(table.header(), chosen.getValue());
            if (column < 0) {
                System.err.println("--map " + option(chosen.getKey()) + "=" + chosen.getValue() + ": the file has no such"
                        + " column; its columns are " + String.join(", ", table.header()));
                return 2;
            }
            mapping.values().remove(column);
            mapping.put(chosen.getKey(), column);
        }
        ImportReport.describe(options.file(), table, mapping);
        DatabaseSettings settings = SignedIn.clinic();
        try (SignedIn signedIn = SignedIn.open(settings,
                Credentials.of(options.common().user(), options.common().passwordFile(), terminal))) {
            JpaPatientService patients = new JpaPatientService(signedIn.database(), signedIn.session());
            PatientImport.Check check = PatientImport.check(patients, table, mapping, LocalDate.now());
            check.result().problems().forEach(problem -> System.out.println("  " + problem));
            check.likelyDuplicates().forEach(duplicate -> System.out.println("  " + duplicate));
            if (!check.canRegister()) {
                System.err.println("Nothing was imported: correct the lines above (or the mapping) and run it again.");
                return 1;
            }
            if (!check.mayRegister(options.common().keepDuplicates())) {
                System.err.println("Nothing was imported: " + check.likelyDuplicates().size() + " rows look like a"
                        + " patient registered already or like another row; check them, remove those lines, or run it again with"
                        + " --keep-duplicates to register them anyway.");
                return 1;
            }
            if (options.common().dryRun()) {
                System.out.println("Dry run: " + check.patients().size() + " patients would be registered"
                        + (check.numbered() ? "" : " under the next numbers of the clinic's pattern")
                        + "; nothing was saved.");
                return 0;
            }
            List<Patient> stored = PatientImport.register(patients, check, options.common().keepDuplicates());
            System.out.println("Registered " + stored.size() + " patients, " + stored.get(0).getRecordNumber() + " to "
                    + stored.get(stored.size() - 1).getRecordNumber() + " (each in the audit trail).");
            return 0;
        }
    }

    private static Options parse(String[] args) {
        Map<PatientColumn, String> map = new java.util.EnumMap<>(PatientColumn.class);
        ImportOptions common = ImportOptions.parse(args, "--import-patients", USAGE, (all, at) -> {
            if (!all[at].equals("--map")) {
                return -1;
            }
            String[] pair = at + 1 < all.length ? all[at + 1].split("=", 2) : new String[0];
            PatientColumn field = pair.length == 2 ? field(pair[0]) : null;
            if (field == null || pair[1].isBlank()) {
                usage("--map takes FIELD=COLUMN, e.g. --map family-name=Nachname");
            }
            map.put(field, pair[1].strip());
            return at + 1;
        });
        return new Options(common, map);
    }

    private static void usage(String why) {
        Terminal.usage("--import-patients", why, USAGE);
    }

    /** "family-name", as the option names the field. */
    private static String option(PatientColumn column) {
        return column.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static PatientColumn field(String name) {
        return Arrays.stream(PatientColumn.values()).filter(column -> option(column).equals(name.strip()))
                .findFirst().orElse(null);
    }

    /** The column named {@code chosen} (its header, or its number from 1); -1 if none. */
    private static int column(List<String> header, String chosen) {
        if (chosen.matches("\\d{1,3}")) {
            int number = Integer.parseInt(chosen);
            return number >= 1 && number <= header.size() ? number - 1 : -1;
        }
        return header.indexOf(chosen);
    }
}
