package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import atlas.core.patient.Patient;
import atlas.core.patient.PatientQuery;
import atlas.store.internal.records.JpaPatientService;
import atlas.store.internal.records.PatientFilter;

/**
 * Issue 19: on a PostgreSQL server whose databases compare text by a language's rules (C.UTF-8 on
 * the test server, as en_US.UTF-8 or de_CH.UTF-8 at a clinic), a B-tree on a text column cannot
 * serve LIKE 'AB%', and every search of the patient list walked the whole table. Migration 18 gives
 * the search keys the byte-wise collation "C"; the statements the store runs for the list and its
 * count are then ranges on their indexes - read from PostgreSQL's own plan (EXPLAIN, the values
 * bound as the store binds them) over 30,000 patients.
 */
class PatientSearchPlanOnPostgresTest extends StoreTestBase {

    private static final int PATIENTS = 30_000;

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }

    @Test
    void aPrefixSearchIsARangeOnTheIndexWhateverTheServersLocale() throws Exception {
        JpaPatientService patients = new JpaPatientService(database, TestSessions.of(database));
        Patient first = patients.register(patient("P-0001", "Keller"));
        database.write(em -> {
            // copies of the registered row with their own ids, numbers and keys ("AB...", "AC..." ...)
            em.createNativeQuery("CREATE TEMP TABLE COPIES AS SELECT P.*, G FROM PATIENT P, generate_series(1, "
                    + PATIENTS + ") G WHERE P.ID = " + first.getId()).executeUpdate();
            em.createNativeQuery("UPDATE COPIES SET ID = 1000000 + G, RECORD_NUMBER = 'B-' || G, "
                    + "FAMILY_NAME_KEY = chr(65 + G % 26) || chr(65 + (G / 26) % 26) || G, "
                    + "GIVEN_NAME_KEY = 'G' || G").executeUpdate();
            em.createNativeQuery("ALTER TABLE COPIES DROP COLUMN G").executeUpdate();
            em.createNativeQuery("INSERT INTO PATIENT SELECT * FROM COPIES").executeUpdate();
            em.createNativeQuery("DROP TABLE COPIES").executeUpdate();
            em.createNativeQuery("ANALYZE PATIENT").executeUpdate();
            return null;
        });
        PatientFilter byName = PatientFilter.of(PatientQuery.parse("ab"));
        String page = plan("EXPLAIN " + byName.listSql(), byName.values(), 50, 0);
        assertTrue(ranges(page, "family_name_key >= 'AB'::text", "family_name_key < 'AC'::text"), page);
        assertFalse(page.contains("Seq Scan"), page);
        String count = plan("EXPLAIN " + byName.countSql(), byName.values());
        assertTrue(ranges(count, "family_name_key >= 'AB'::text", "family_name_key < 'AC'::text"), count);
        assertFalse(count.contains("Seq Scan"), count);

        PatientFilter byNumber = PatientFilter.of(PatientQuery.parse("B-2999"));
        String numbers = plan("EXPLAIN " + byNumber.countSql(), byNumber.values());
        assertTrue(ranges(numbers, "record_number >= 'B-2999'::text", "record_number < 'B-299:'::text"), numbers);
        assertFalse(numbers.contains("Seq Scan"), numbers);
        // why: the keys compare byte by byte on this server, whatever its own locale
        assertEquals(List.of("family_name_key C", "given_name_key C", "record_number C"), database.list(
                "SELECT column_name, collation_name FROM information_schema.columns WHERE table_schema = "
                        + "current_schema() AND table_name = 'patient' AND column_name IN ('family_name_key', "
                        + "'given_name_key', 'record_number') ORDER BY column_name",
                statement -> lines(statement, rows -> rows.getString(1) + " " + rows.getString(2))));
        // "AB": G divisible by 26 whose G / 26 leaves 1 when divided by 26 - 26, 702, ... 29,276
        assertEquals(45L, patients.count(PatientQuery.parse("ab")), "the search still finds them");
    }

    /**
     * Whether an index condition of the plan is the range {@code bounds} (PostgreSQL writes a column
     * as "(family_name_key)::text" in some plan nodes and bare in others).
     */
    private static boolean ranges(String plan, String... bounds) {
        return plan.lines().map(line -> line.replaceAll("\\((\\w+)\\)::text", "$1"))
                .anyMatch(line -> line.startsWith("Index Cond:") && java.util.Arrays.stream(bounds).allMatch(line::contains));
    }

    /** PostgreSQL's plan for {@code sql} with {@code values} and then {@code more} bound in order, one line each. */
    private String plan(String sql, List<Object> values, Object... more) throws Exception {
        return String.join("\n", database.list(sql, statement -> {
            int position = 1;
            for (Object value : values) {
                statement.setObject(position++, value);
            }
            for (Object value : more) {
                statement.setObject(position++, value);
            }
            return lines(statement, rows -> rows.getString(1).strip());
        }));
    }

    private interface Line {
        String of(ResultSet rows) throws SQLException;
    }

    private static List<String> lines(PreparedStatement statement, Line line) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                lines.add(line.of(rows));
            }
        }
        return lines;
    }
}
