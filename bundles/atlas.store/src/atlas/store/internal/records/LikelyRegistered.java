package atlas.store.internal.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import atlas.core.patient.Patient;
import atlas.core.patient.PatientQuery;
import jakarta.persistence.EntityManager;

/**
 * Who among the registered patients an import's candidates likely are: the same family and given
 * name as the search folds them and the same date of birth, or the same identifier of another
 * system (see PatientService.likelyRegistered).
 */
final class LikelyRegistered {

    private LikelyRegistered() {
    }

    static List<Optional<String>> of(EntityManager em, List<Patient> candidates) {
        Map<String, String> stored = new java.util.HashMap<>();
        List<LocalDate> dates = candidates.stream().map(Patient::getDateOfBirth).distinct().toList();
        // by date of birth, on its index, 500 dates to a query; the names compared as the search folds them
        for (int from = 0; from < dates.size(); from += 500) {
            em.createQuery("SELECT p.familyNameKey, p.givenNameKey, p.dateOfBirth, p.recordNumber FROM Patient p"
                    + " WHERE p.dateOfBirth IN :dates", Object[].class)
                    .setParameter("dates", dates.subList(from, Math.min(dates.size(), from + 500)))
                    .getResultStream().forEach(row -> stored.putIfAbsent(PatientQuery.personKey((String) row[0],
                            (String) row[1], (LocalDate) row[2]), (String) row[3]));
        }
        // the same identifier of another system: per system, 500 values to a query, on IX_PATIENT_IDENTIFIER_VALUE
        Map<String, List<String>> bySystem = new java.util.HashMap<>();
        candidates.forEach(patient -> patient.getIdentifiers().forEach(id -> bySystem.computeIfAbsent(id.getSystem(),
                system -> new java.util.ArrayList<>()).add(id.getValue())));
        bySystem.forEach((system, values) -> {
            for (int from = 0; from < values.size(); from += 500) {
                em.createQuery("SELECT i.value, p.recordNumber FROM Patient p JOIN p.identifiers i"
                        + " WHERE i.system = :system AND i.value IN :values", Object[].class)
                        .setParameter("system", system)
                        .setParameter("values", values.subList(from, Math.min(values.size(), from + 500)))
                        .getResultStream().forEach(row -> stored.putIfAbsent(identifierKey(system, (String) row[0]),
                                (String) row[1]));
            }
        });
        return candidates.stream().map(patient -> Optional.ofNullable(stored.get(PatientQuery.personKey(patient)))
                .or(() -> patient.getIdentifiers().stream().map(id -> stored.get(identifierKey(id.getSystem(),
                        id.getValue()))).filter(java.util.Objects::nonNull).findFirst())).toList();
    }

    /** Kept apart from the name keys: a system name never starts with a control character. */
    private static String identifierKey(String system, String value) {
        return "\u0001" + system + "\u0001" + value;
    }
}
