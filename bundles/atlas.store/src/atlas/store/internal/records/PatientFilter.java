package atlas.store.internal.records;

import java.util.List;

import atlas.core.patient.PatientQuery;

/**
 * The WHERE clause of a typed patient search and the values for its {@code ?} placeholders, in
 * order: one place for the rule, shared by the count, the list lines and the entity search. The
 * columns and the order by (FAMILY_NAME_KEY, GIVEN_NAME_KEY, RECORD_NUMBER) follow the indexes
 * of migration 2, so every page is read from an index; on PostgreSQL the key columns compare byte by
 * byte (migration 18), so that a prefix is a range on those indexes under any server locale.
 */
public record PatientFilter(String where, List<Object> values) {

    /** Keeps list order: the order of IX_PATIENT_NAME_KEY. */
    static final String ORDER = " ORDER BY FAMILY_NAME_KEY, GIVEN_NAME_KEY, RECORD_NUMBER";

    public static PatientFilter of(PatientQuery query) {
        switch (query.kind()) {
        case NAME:
            return query.givenPrefix().isEmpty()
                    ? new PatientFilter(" WHERE FAMILY_NAME_KEY LIKE ? ESCAPE '\\'", List.of(startsWith(query.familyPrefix())))
                    : new PatientFilter(" WHERE FAMILY_NAME_KEY LIKE ? ESCAPE '\\' AND GIVEN_NAME_KEY LIKE ? ESCAPE '\\'",
                            List.of(startsWith(query.familyPrefix()), startsWith(query.givenPrefix())));
        case RECORD_NUMBER:
            return new PatientFilter(" WHERE RECORD_NUMBER LIKE ? ESCAPE '\\'", List.of(startsWith(query.recordPrefix())));
        case DATE_OF_BIRTH:
            return new PatientFilter(" WHERE DATE_OF_BIRTH = ?", List.of(query.dateOfBirth()));
        default:
            return new PatientFilter("", List.of());
        }
    }

    /** The list's lines: a page of the matches in list order, its limit and offset the last placeholders. */
    public String listSql() {
        return "SELECT ID, RECORD_NUMBER, FAMILY_NAME, GIVEN_NAME, DATE_OF_BIRTH, SEX, REFERRER FROM PATIENT" + where
                + ORDER + " LIMIT ? OFFSET ?";
    }

    /** How many patients match. */
    public String countSql() {
        return "SELECT COUNT(*) FROM PATIENT" + where;
    }

    /** A LIKE pattern for "starts with", the typed text taken literally. */
    static String startsWith(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The same statement with JPA's numbered placeholders (?1, ?2 ...) for a native query. */
    static String numbered(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int next = 1;
        for (char c : sql.toCharArray()) {
            out.append(c);
            if (c == '?') {
                out.append(next++);
            }
        }
        return out.toString();
    }
}
