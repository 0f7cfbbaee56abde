package atlas.store.internal.command;

import java.nio.file.Path;
import java.util.Map;

import atlas.interchange.csv.CsvFile;
import atlas.interchange.csv.PatientColumn;

/** What {@link PatientImportCommand} tells before it registers anything: how the file was read, and what maps. */
final class ImportReport {

    private ImportReport() {
    }

    static void describe(Path file, CsvFile.Table table, Map<PatientColumn, Integer> mapping) {
        String separator = table.separator() == '\t' ? "tab" : "'" + table.separator() + "'";
        System.out.println(file + ": " + table.rows().size() + " rows, read as " + table.charset().name()
                + ", values separated by " + separator);
        for (PatientColumn field : PatientColumn.values()) {
            Integer column = mapping.get(field);
            if (column != null) {
                System.out.println(String.format("  %-17s <- column %d \"%s\"", field.label(), column + 1,
                        table.header().get(column)));
            }
        }
        for (int i = 0; i < table.header().size(); i++) {
            if (!mapping.containsValue(i)) {
                System.out.println(String.format("  (not imported)    column %d \"%s\"", i + 1, table.header().get(i)));
            }
        }
    }
}
