package atlas.benchmarks;

import static atlas.benchmarks.StoreBenchmark.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import atlas.core.patient.Patient;
import atlas.demo.DemoPatients;
import atlas.interchange.csv.CsvFile;
import atlas.interchange.csv.PatientColumn;
import atlas.interchange.csv.PatientImport;
import atlas.store.internal.DatabaseSettings;
import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.records.JpaPatientService;

/**
 * Issue 20: a clinic's patients brought in from another system's CSV export - 10,000 by default
 * (-Dpatients) written as a German spreadsheet writes them (UTF-8 with a byte order mark,
 * semicolons, dates as 12.03.1984, quoted values), then read, mapped from the header, checked
 * row by row and against the register, and registered in one transaction by the code the window
 * and {@code atlas --import-patients} run ({@link PatientImport}), on a fresh embedded database.
 * Goal: under 30 s in all. Run by releng/bench-import.sh; prints a Markdown table.
 */
public final class CsvImportBenchmark {

    private static final int PATIENTS = Integer.getInteger("patients", 10_000);
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private CsvImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path export = folder.resolve("export.csv");
        Files.write(export, csv(DemoPatients.create(PATIENTS, 2026, LocalDate.now())).getBytes(StandardCharsets.UTF_8));
        JpaClinicalDatabase database = JpaClinicalDatabase.on(DatabaseSettings.embedded(folder.resolve("clinic")));
        try {
            database.open();
            JpaPatientService register = new JpaPatientService(database, BenchSession.of(database));
            System.out.printf("| figure | value | goal |%n|---|---|---|%n");
            long started = System.nanoTime();
            CsvFile.Table table = CsvFile.read(Files.readAllBytes(export));
            Map<PatientColumn, Integer> mapping = PatientColumn.propose(table.header());
            long read = System.nanoTime();
            PatientImport.Check check = PatientImport.check(register, table, mapping, LocalDate.now());
            long checked = System.nanoTime();
            if (!check.canRegister()) {
                throw new IllegalStateException("the generated file has problems: " + check.result().problems());
            }
            List<Patient> stored = PatientImport.register(register, check, true);
            long registered = System.nanoTime();
            row("CSV of " + PATIENTS + " patients (" + Files.size(export) / 1024 + " KB, " + mapping.size()
                    + " columns mapped from the header): read", millis(read - started), "");
            row("every row checked by the register's rules and against the register (" + check.likelyDuplicates()
                    .size() + " likely duplicates named)", millis(checked - read), "");
            row("registered in one transaction, with an audit entry each (" + stored.size() + " patients)",
                    millis(registered - checked), "");
            row("import of " + PATIENTS + " patients from CSV, in all", String.format("%.1f s", (registered - started)
                    / 1e9), "< 30 s");
            row("peak heap (max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)",
                    StoreBenchmark.peakHeapMegabytes() + " MB", "");
        } finally {
            database.close();
        }
    }

    /** The patients as another system exports them: German headers, semicolons, a BOM. */
    private static String csv(List<Patient> patients) {
        StringBuilder file = new StringBuilder("\uFEFFPatientennummer;Nachname;Vorname;Geburtsdatum;Geschlecht;"
                + "Telefon;E-Mail;Zuweiser\r\n");
        for (Patient patient : patients) {
            file.append(String.join(";", patient.getRecordNumber(), quoted(patient.getFamilyName()),
                    quoted(patient.getGivenName()), GERMAN.format(patient.getDateOfBirth()),
                    patient.getSex().name().substring(0, 1).toLowerCase(), patient.getContact().getPhone(),
                    patient.getContact().getEmail(), quoted(patient.getReferrer()))).append("\r\n");
        }
        return file.toString();
    }

    /** Quoted as spreadsheets quote text (a referrer "Dr. Weber; Bern" keeps its semicolon). */
    private static String quoted(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String millis(long nanos) {
        return String.format("%.0f ms", nanos / 1e6);
    }
}
