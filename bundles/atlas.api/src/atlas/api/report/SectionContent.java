package atlas.api.report;

import java.util.List;

/**
 * What a plugin's report section shows: a heading, paragraphs, and a table (optional: no columns,
 * no table).
 *
 * @param rows each as long as {@code columns}
 */
public record SectionContent(String title, List<String> paragraphs, List<String> columns, List<List<String>> rows) {

    public SectionContent {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("report section title: must not be empty");
        }
        paragraphs = List.copyOf(paragraphs);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("report section \"" + title + "\": a row has " + row.size()
                        + " cells, the table has " + columns.size() + " columns");
            }
        }
    }
}
