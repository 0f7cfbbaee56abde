package atlas.interchange.csv;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

import atlas.api.validation.FieldError;
import atlas.core.validation.Wording;

/**
 * A CSV file another system or a spreadsheet wrote, read as a table: UTF-8 when its bytes are
 * valid UTF-8, else Windows-1252 (what Excel on a German or English Windows saves as "CSV"); the
 * separator is the header line's most frequent of comma, semicolon and tab (German spreadsheets
 * write semicolons). Values follow RFC 4180 through opencsv's parser: quoted values may hold the
 * separator, doubled quotes and line breaks, and a backslash is an ordinary character (an address
 * or a Windows path keeps it). Each record keeps the line it starts on, so a problem names the line
 * the user sees in an editor.
 */
public final class CsvFile {

    /** Larger files are refused before they are read: 100,000 patients are about 15 MB. */
    public static final int MAX_BYTES = 32 << 20;

    /** A record of the file: the line it starts on (1 = the header) and its values. */
    public record Row(int line, List<String> values) {
    }

    /** A problem of the file or of one of its lines (0 = the file as a whole). */
    public record Problem(int line, FieldError error) {

        @Override
        public String toString() {
            return line == 0 ? error.toString() : Wording.of("csv.line", line, error.toString());
        }
    }

    /** The file as read: the header's names, the records after it, and how it was read. */
    public record Table(List<String> header, List<Row> rows, Charset charset, char separator, List<Problem> problems) {
    }

    private CsvFile() {
    }

    /** Reads {@code bytes}; a file that cannot be read as a table comes back with its problem and no rows. */
    public static Table read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return unreadable(StandardCharsets.UTF_8, Wording.of("csv.tooLarge", MAX_BYTES >> 20));
        }
        Charset charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        String text = new String(bytes, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the byte order mark Excel writes before UTF-8
        }
        if (text.isBlank()) {
            return unreadable(charset, Wording.of("csv.empty"));
        }
        char separator = separatorOf(text);
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> header = List.of();
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build()).build()) {
            for (long before = 0;; before = reader.getLinesRead()) {
                String[] values = reader.readNext();
                if (values == null) {
                    break;
                }
                int line = (int) before + 1;
                if (values.length == 1 && values[0].isBlank()) {
                    continue; // an empty line, as spreadsheets leave at the end
                }
                List<String> row = Arrays.stream(values).map(String::strip).toList();
                if (header.isEmpty()) {
                    header = row;
                } else if (row.size() != header.size()) {
                    problems.add(new Problem(line, new FieldError("file", "CSV",
                            Wording.of("csv.columnCount", row.size(), header.size()))));
                } else {
                    rows.add(new Row(line, row));
                }
            }
        } catch (IOException | CsvException e) {
            // opencsv names an unclosed quote "Unterminated quoted field at end of CSV line"
            problems.add(new Problem(0, new FieldError("file", "CSV", Wording.of("csv.unclosedQuote"))));
            return new Table(header, List.of(), charset, separator, problems);
        }
        return new Table(header, rows, charset, separator, problems);
    }

    private static Table unreadable(Charset charset, String why) {
        return new Table(List.of(), List.of(), charset, ',', List.of(new Problem(0, new FieldError("file", "CSV", why))));
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The header line's most frequent separator outside quotes; a comma when it has none. */
    static char separatorOf(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }
}
