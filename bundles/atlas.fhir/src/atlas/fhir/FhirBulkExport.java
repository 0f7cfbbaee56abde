package atlas.fhir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import atlas.core.clinic.ClinicDetails;
import atlas.core.patient.PatientDataService;
import atlas.core.store.OwnerOnly;
import atlas.core.store.StoreException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;

/**
 * The whole clinic as FHIR Bulk Data: one NDJSON file per resource type (Patient.ndjson,
 * Encounter.ndjson, ...), one resource per line, in a new folder readable by its owner alone.
 * Streamed: one patient's record is read (checked and audited as every export is), written and let
 * go before the next, so the heap holds one record at a time whatever the clinic's size. Each
 * resource keeps the id of its record's Bundle, and references read "Type/id" as Bulk Data's
 * files have them; the clinic and its clinicians are written once. A cancelled or failed export
 * deletes what it wrote: half a clinic is never left looking like all of it.
 */
public final class FhirBulkExport {

    /** Told after each patient; asked whether to stop. */
    public interface Progress {
        void exported(int done, int total);

        default boolean cancelled() {
            return false;
        }
    }

    /** What was written: patients, and resources by type. */
    public record Result(int patients, Map<String, Long> resources, Path folder) {
        public long total() {
            return resources.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Thrown when the user cancelled; nothing is left in the folder. */
    public static final class Cancelled extends Exception {
        private static final long serialVersionUID = 1L;

        Cancelled(int done) {
            super("cancelled after " + done + " patients; the files written so far were deleted");
        }
    }

    /** Shared by every record: written once. */
    private static final Set<String> SHARED = Set.of("Organization", "Practitioner", "PractitionerRole", "Questionnaire");

    private final Path folder;
    private final Map<String, Writer> files = new HashMap<>();
    private final Map<String, Long> counts = new TreeMap<>();
    private final Set<String> sharedWritten = new HashSet<>();
    private final IParser parser = FhirJson.context().newJsonParser().setPrettyPrint(false);
    private final FhirTerser terser = FhirJson.context().newTerser();

    private FhirBulkExport(Path folder) {
        this.folder = folder;
    }

    /**
     * Exports every patient {@code data} lets the signed-in user export into {@code folder}, which
     * must not exist or be empty.
     */
    public static Result run(PatientDataService data, ClinicDetails clinic, Path folder, LocalDateTime now,
            java.util.function.Function<String, java.util.Optional<atlas.api.form.FormDefinition>> forms,
            Progress progress) throws StoreException, IOException, Cancelled {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> inside = Files.list(folder)) {
                if (inside.findAny().isPresent()) {
                    throw new FileAlreadyExistsException(folder.toString(), null,
                            "the folder holds files already; a bulk export goes into a new or empty folder");
                }
            }
        }
        OwnerOnly.folder(folder);
        FhirBulkExport export = new FhirBulkExport(folder);
        boolean done = false;
        try {
            List<Long> patients = data.patientIds();
            for (int i = 0; i < patients.size(); i++) {
                if (progress.cancelled()) {
                    throw new Cancelled(i);
                }
                export.add(FhirRecord.export(data.export(patients.get(i)), clinic, now, forms));
                progress.exported(i + 1, patients.size());
            }
            export.close();
            done = true;
            return new Result(patients.size(), Map.copyOf(export.counts), folder);
        } finally {
            if (!done) {
                export.discard();
            }
        }
    }

    private void add(Bundle record) throws IOException {
        Map<String, String> relative = new HashMap<>();
        for (Bundle.BundleEntryComponent entry : record.getEntry()) {
            String uuid = entry.getFullUrl().substring("urn:uuid:".length());
            relative.put(entry.getFullUrl(), entry.getResource().fhirType() + "/" + uuid);
        }
        for (Bundle.BundleEntryComponent entry : record.getEntry()) {
            Resource resource = entry.getResource();
            String type = resource.fhirType();
            String id = relative.get(entry.getFullUrl());
            if (SHARED.contains(type) && !sharedWritten.add(id)) {
                continue;
            }
            resource.setId(id.substring(type.length() + 1));
            for (Reference reference : terser.getAllPopulatedChildElementsOfType(resource, Reference.class)) {
                String to = relative.get(reference.getReference());
                if (to != null) {
                    reference.setReference(to);
                }
            }
            Writer file = files.get(type);
            if (file == null) {
                file = new BufferedWriter(new OutputStreamWriter(OwnerOnly.create(folder.resolve(type + ".ndjson")),
                        StandardCharsets.UTF_8), 64 * 1024);
                files.put(type, file);
            }
            file.write(parser.encodeResourceToString(resource));
            file.write('\n');
            counts.merge(type, 1L, Long::sum);
        }
    }

    private void close() throws IOException {
        for (Writer file : files.values()) {
            file.close();
        }
    }

    /** Closes and deletes every file written, then the folder if it is empty. */
    private void discard() {
        for (Map.Entry<String, Writer> file : files.entrySet()) {
            try {
                file.getValue().close();
            } catch (IOException ignored) {
                // deleted next either way
            }
            try {
                Files.deleteIfExists(folder.resolve(file.getKey() + ".ndjson"));
            } catch (IOException ignored) {
                // left for the user; the message says the export failed
            }
        }
        try {
            Files.deleteIfExists(folder);
        } catch (IOException notEmpty) {
            // something else is in it: not ours to delete
        }
    }
}
