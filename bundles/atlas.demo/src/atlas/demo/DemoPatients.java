package atlas.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import atlas.core.patient.ContactDetails;
import atlas.core.patient.Patient;
import atlas.core.patient.Sex;

/**
 * Synthetic patients for demonstrations and benchmarks. The same seed always gives the same
 * patients, so screenshots, tests and benchmark figures can be repeated. No real person's data.
 * The mix follows the clinic's case load: mostly women (migraine is about three times as common
 * in women), aged 18 to 75.
 */
public final class DemoPatients {

    private static final String[] FAMILY_NAMES = { "Keller", "Novak", "Andersen", "Moreau", "Schmidt",
            "Rossi", "Jansen", "Kowalski", "Fischer", "Lindqvist", "Weber", "Dubois", "Hoffmann", "Costa",
            "Becker", "Nilsson", "Wagner", "Bauer", "Meyer", "Lehmann", "Horvat", "Brandt", "Vogel",
            "Richter", "Santos", "Hansen", "Klein", "Wolf", "Schulz", "Berger" };
    private static final String[] WOMEN = { "Anna", "Clara", "Sofia", "Marta", "Elena", "Laura", "Julia",
            "Ingrid", "Helena", "Nina", "Paula", "Eva", "Lena", "Maria", "Katrin" };
    private static final String[] MEN = { "Jonas", "Lukas", "Paul", "Erik", "Tomas", "Felix", "David",
            "Martin", "Stefan", "Jan" };
    private static final String[] REFERRERS = { "Dr. A. Berger (GP)", "Dr. M. Lindqvist (neurology)",
            "Dr. S. Costa (GP)", "Dr. K. Weber (dentistry, TMJ clinic)", "Self-referral" };

    private DemoPatients() {
    }

    /** {@code count} patients with record numbers DEMO-000001 upwards, as of {@code today}. */
    public static List<Patient> create(int count, long seed, LocalDate today) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Patient> patients = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            boolean woman = random.nextInt(4) != 0;
            String given = woman ? pick(random, WOMEN) : pick(random, MEN);
            String family = pick(random, FAMILY_NAMES);
            LocalDate born = today.minusYears(18 + random.nextInt(58)).minusDays(random.nextInt(365));
            Patient patient = new Patient(String.format("DEMO-%06d", i), family, given, born,
                    woman ? Sex.FEMALE : Sex.MALE);
            patient.setContact(new ContactDetails(String.format("+49 30 %07d", random.nextInt(10_000_000)),
                    (given + "." + family + i + "@example.org").toLowerCase(), null));
            patient.setReferrer(pick(random, REFERRERS));
            patient.setConsentNotes("Synthetic demonstration record.");
            patients.add(patient);
        }
        return patients;
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
