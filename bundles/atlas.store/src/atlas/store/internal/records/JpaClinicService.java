package atlas.store.internal.records;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.audit.AuditAction;
import atlas.core.clinic.ClinicDetails;
import atlas.core.clinic.ClinicLogo;
import atlas.core.clinic.ClinicService;
import atlas.core.episode.OpeningHours;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.core.validation.ValidationException;
import jakarta.persistence.EntityManager;
import atlas.store.internal.audit.AuditLog;

/** The clinic's details as settings rows on the clinical database. */
@Component(service = ClinicService.class)
public class JpaClinicService extends RecordService implements ClinicService {

    static final String RECORD_TYPE = "ClinicDetails";
    private static final String[] KEYS = { "clinic.name", "clinic.address", "clinic.phone",
            "clinic.recordNumberPattern" };
    /** The opening hours' rows: "07:00", "20:00", "MONDAY,TUESDAY,..." (absent: the usual hours). */
    private static final String[] HOURS = { "clinic.opens", "clinic.closes", "clinic.days" };
    /** The logo's row: its value says the picture's size, its content is the picture. */
    private static final String LOGO = "clinic.logo";

    @Activate
    public JpaClinicService(@Reference(name = "database") ClinicalDatabase database,
            @Reference(name = "session") Session session) {
        super(database, session);
    }

    @Override
    public ClinicDetails details() throws StoreException {
        // printed on handouts and letters by whoever prints them: any role that reads patients
        require(Permission.DEMOGRAPHICS);
        return database.read(JpaClinicService::details);
    }

    /** The details as stored, logo included, read in the caller's transaction. */
    static ClinicDetails details(EntityManager em) {
        ClinicSetting logo = em.find(ClinicSetting.class, LOGO);
        return new ClinicDetails(value(em, KEYS[0]), value(em, KEYS[1]), value(em, KEYS[2]), value(em, KEYS[3]),
                logo == null ? ClinicLogo.NONE : new ClinicLogo(logo.content()), hours(em));
    }

    @Override
    public OpeningHours openingHours() throws StoreException {
        require(Permission.DEMOGRAPHICS); // as the details they are saved with
        return database.read(JpaClinicService::hours);
    }

    /**
     * The opening hours as saved, read in the caller's transaction (a series's proposal); the usual
     * hours when none are saved or a row cannot be read as the dialog writes it.
     */
    static OpeningHours hours(EntityManager em) {
        String opens = value(em, HOURS[0]);
        String closes = value(em, HOURS[1]);
        String days = value(em, HOURS[2]);
        if (opens.isEmpty() || closes.isEmpty() || days.isEmpty()) {
            return OpeningHours.USUAL;
        }
        try {
            OpeningHours saved = new OpeningHours(LocalTime.parse(opens), LocalTime.parse(closes),
                    java.util.Arrays.stream(days.split(",")).map(DayOfWeek::valueOf).collect(
                            java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))));
            return saved.validate().isEmpty() ? saved : OpeningHours.USUAL;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return OpeningHours.USUAL;
        }
    }

    private static String[] stored(OpeningHours hours) {
        return new String[] { hours.opens().toString(), hours.closes().toString(), String.join(",",
                hours.days().stream().sorted().map(DayOfWeek::name).toList()) };
    }

    @Override
    public ClinicDetails save(ClinicDetails details) throws StoreException {
        require(Permission.CONFIGURE_CLINIC);
        ValidationException.throwIfAny(details.validate());
        return database.write(em -> {
            String[] values = { details.name().strip(), strip(details.address()), strip(details.phone()),
                    strip(details.recordNumberPattern()) };
            for (int i = 0; i < KEYS.length; i++) {
                keep(em, KEYS[i], values[i]);
            }
            String[] hours = stored(details.hours());
            for (int i = 0; i < HOURS.length; i++) {
                keep(em, HOURS[i], hours[i]);
            }
            keepLogo(em, details.logo());
            AuditLog.append(em, AuditAction.UPDATE, RECORD_TYPE, null, null, values[0]
                    + (details.logo().isPresent() ? " (logo: " + details.logo().size() + " bytes)" : " (no logo)")
                    + " (open " + hours[2] + " " + hours[0] + "-" + hours[1] + ")");
            return new ClinicDetails(values[0], values[1], values[2], values[3], details.logo(), details.hours());
        });
    }

    /** The record number pattern alone, read in the caller's transaction (registration: not the logo). */
    static java.util.Optional<atlas.core.patient.RecordNumberPattern> numbering(EntityManager em) {
        return atlas.core.patient.RecordNumberPattern.of(value(em, KEYS[3]));
    }

    /**
     * Locks the record number pattern's row (SELECT ... FOR UPDATE) for the caller's transaction, so
     * that registrations on every workstation take the next number one after the other.
     */
    static void lockNumbering(EntityManager em) {
        em.find(ClinicSetting.class, KEYS[3], jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    private static void keep(EntityManager em, String key, String value) {
        ClinicSetting setting = em.find(ClinicSetting.class, key);
        if (setting == null) {
            em.persist(new ClinicSetting(key, value));
        } else {
            setting.value(value);
        }
    }

    private static void keepLogo(EntityManager em, ClinicLogo logo) {
        ClinicSetting kept = em.find(ClinicSetting.class, LOGO);
        if (!logo.isPresent()) {
            if (kept != null) {
                em.remove(kept);
            }
            return;
        }
        if (kept == null) {
            kept = new ClinicSetting(LOGO, String.valueOf(logo.size()));
            em.persist(kept);
        }
        kept.value(String.valueOf(logo.size()));
        kept.content(logo.picture());
    }

    private static String value(EntityManager em, String key) {
        ClinicSetting setting = em.find(ClinicSetting.class, key);
        return setting == null || setting.value() == null ? "" : setting.value();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
