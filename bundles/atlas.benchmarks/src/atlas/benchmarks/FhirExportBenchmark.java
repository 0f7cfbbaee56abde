package atlas.benchmarks;

import static atlas.benchmarks.StoreBenchmark.row;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import atlas.core.clinic.ClinicDetails;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientData;
import atlas.demo.DemoHistories;
import atlas.demo.DemoPatients;
import atlas.fhir.FhirBulkExport;
import atlas.fhir.FhirRecord;
import atlas.store.internal.DatabaseSettings;
import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.records.JpaPatientDataService;
import atlas.store.internal.records.JpaPatientService;

/**
 * Issue 20: records out as FHIR, on the store benchmark's clinic - 100,000 patients (-Dpatients),
 * a year's history for 1,000 of them (-Dhistories) and a 5-year history for DEMO-000001:
 * <ol>
 * <li>the 5-year record read for export (audited) and written as one FHIR Bundle, the first time
 * in the JVM and then the median of ten (goal under 1 s);</li>
 * <li>the whole clinic as FHIR Bulk Data (NDJSON per resource type), streamed patient by patient
 * in the JVM's heap (256 MB from releng/bench-fhir.sh): time, files and peak heap.</li>
 * </ol>
 * Prints a Markdown table.
 */
public final class FhirExportBenchmark {

    private static final long SEED = 2026;
    private static final int PATIENTS = Integer.getInteger("patients", 100_000);
    private static final int HISTORIES = Integer.getInteger("histories", 1_000);
    private static final ClinicDetails CLINIC = new ClinicDetails("Bench Clinic", "Seestrasse 4, 8000 Zurich",
            "+41 44 000 00 00", "");

    private FhirExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        JpaClinicalDatabase database = JpaClinicalDatabase.on(DatabaseSettings.embedded(folder.resolve("clinic")));
        try {
            database.open();
            System.out.printf("| figure | value | goal |%n|---|---|---|%n");
            JpaPatientService patients = new JpaPatientService(database, BenchSession.of(database));
            LocalDate today = LocalDate.now();
            long started = System.nanoTime();
            BenchClinic.register(patients, DemoPatients.create(PATIENTS, SEED, today));
            DemoHistories[] therapists = BenchClinic.therapists(database, new long[10]);
            int records = BenchClinic.histories(therapists, patients, HISTORIES, PATIENTS, SEED, today);
            Patient longTerm = patients.findByRecordNumber("DEMO-000001").orElseThrow();
            records += therapists[0].write(longTerm, SEED, today, 5, 50, 400, true);
            row("the clinic: " + PATIENTS + " patients, " + HISTORIES + " with a year's history and one with 5 years ("
                    + records + " records)", String.format("%.1f s to make", (System.nanoTime() - started) / 1e9), "");

            JpaPatientDataService data = new JpaPatientDataService(database, BenchSession.of(database));
            String json = record(data, longTerm.getId());
            imported(json, folder.resolve("receiving"));
            bulk(data, folder.resolve("bulk"));
        } finally {
            database.close();
        }
    }

    /**
     * The 5-year record brought into an empty Atlas from its own export: read and checked (every
     * form scored by the built-in forms), then registered with its whole history in one transaction.
     */
    private static void imported(String json, Path folder) throws Exception {
        JpaClinicalDatabase empty = JpaClinicalDatabase.on(DatabaseSettings.embedded(folder));
        try {
            empty.open();
            JpaPatientService register = new JpaPatientService(empty, BenchSession.of(empty));
            atlas.store.internal.records.JpaFormResponseService forms = new atlas.store.internal.records
                    .JpaFormResponseService(empty, BenchSession.of(empty));
            atlas.forms.internal.BuiltInForms.all().forEach(form -> {
                register.addForm(form);
                forms.addForm(form);
            });
            long started = System.nanoTime();
            atlas.fhir.FhirImport.Check check = atlas.fhir.FhirImport.check(json.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), register, forms, LocalDate.now());
            long checked = System.nanoTime();
            Patient copy = atlas.fhir.FhirImport.register(register, check, true).get(0);
            long ended = System.nanoTime();
            row("the 5-year record imported into an empty Atlas (" + check.visits() + " visits, " + check.forms()
                    + " forms scored again, " + check.notes() + " notes, " + check.diaryEntries() + " diary entries):"
                    + " read and checked, then registered in one transaction", String.format("%d ms (%d + %d ms)",
                            (ended - started) / 1_000_000, (checked - started) / 1_000_000, (ended - checked) / 1_000_000),
                    "");
            // the round trip: exported again from the receiving Atlas, compared resource by resource
            java.util.List<atlas.fhir.FhirComparison.Compared> sent = atlas.fhir.FhirComparison.clinicalResources(json);
            java.util.List<atlas.fhir.FhirComparison.Compared> back = atlas.fhir.FhirComparison.clinicalResources(
                    FhirRecord.json(
                    new JpaPatientDataService(empty, BenchSession.of(empty)).export(copy.getId()), CLINIC,
                    LocalDateTime.now()));
            java.util.Map<String, Integer> missing = atlas.fhir.FhirComparison.missing(sent, back);
            row("the 5-year record exported again from there: of its " + sent.size() + " clinical resources, the same"
                    + " apart from ids", (sent.size() - missing.values().stream()
                            .mapToInt(Integer::intValue).sum()) + (missing.isEmpty() ? " (all)" : " (not: " + missing + ")"),
                    "all, but what the import leaves behind by design");
        } finally {
            empty.close();
        }
    }

    private static String record(JpaPatientDataService data, long patientId) throws Exception {
        long started = System.nanoTime();
        String json = FhirRecord.json(data.export(patientId), CLINIC, LocalDateTime.now());
        long first = System.nanoTime() - started;
        long[] read = new long[10];
        long[] written = new long[10];
        long[] total = new long[10];
        for (int i = 0; i < total.length; i++) {
            started = System.nanoTime();
            PatientData record = data.export(patientId);
            long between = System.nanoTime();
            json = FhirRecord.json(record, CLINIC, LocalDateTime.now());
            long ended = System.nanoTime();
            read[i] = between - started;
            written[i] = ended - between;
            total[i] = ended - started;
        }
        long[] compact = new long[10];
        int compactLength = 0;
        for (int i = 0; i < compact.length; i++) {
            PatientData record = data.export(patientId);
            started = System.nanoTime();
            compactLength = atlas.fhir.FhirJson.writeCompact(FhirRecord.export(record, CLINIC, LocalDateTime.now())).length();
            compact[i] = System.nanoTime() - started;
        }
        row("the same written as compact FHIR JSON (" + compactLength / 1024 + " KB), median of ten", median(compact)
                + " ms", "");
        started = System.nanoTime();
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        atlas.reports.PatientDataExport.write(new atlas.reports.PatientDataExport.Content("Your data", "DEMO-000001",
                "Exported by the benchmark", "The record as FHIR."), json, atlas.reports.PatientDataExport.newPassword(),
                pdf);
        row("the data request's PDF of the 5-year record, encrypted, the FHIR JSON attached and printed",
                String.format("%.1f s, %d MB", (System.nanoTime() - started) / 1e9, pdf.size() >> 20), "");
        row("the 5-year record read (audited) and written as a FHIR Bundle (" + json.length() / 1024 + " KB of JSON): "
                + "first in the JVM, then the median of ten (read, written as FHIR JSON)", String.format(
                        "%d ms, %d ms (%d + %d ms)", first / 1_000_000, median(total), median(read), median(written)),
                "< 1 s");
        return json;
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }

    private static void bulk(JpaPatientDataService data, Path into) throws Exception {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        java.util.Map<String, atlas.api.form.FormDefinition> forms = new java.util.HashMap<>();
        atlas.forms.internal.BuiltInForms.all().forEach(form -> forms.put(form.id(), form));
        FhirBulkExport.Result written = FhirBulkExport.run(data, CLINIC, into, LocalDateTime.now(),
                formId -> java.util.Optional.ofNullable(forms.get(formId)), (done, total) -> {
        });
        long took = System.nanoTime() - started;
        long bytes;
        try (Stream<Path> files = Files.list(into)) {
            bytes = files.mapToLong(file -> file.toFile().length()).sum();
        }
        row("the whole clinic as FHIR Bulk Data: " + written.patients() + " patients, " + written.total() + " resources in "
                + written.resources().size() + " NDJSON files (" + bytes / (1 << 20) + " MB)",
                String.format("%.1f s (%.1f ms a patient)", took / 1e9, took / 1e6 / written.patients()), "");
        row("peak heap during the bulk export, all pools' peaks summed (max heap " + Runtime.getRuntime().maxMemory()
                / (1 << 20) + " MB; the collector lets the heap fill before it collects)",
                StoreBenchmark.peakHeapMegabytes() + " MB", "completes within 256 MB");
    }
}
