package atlas.store.internal.records;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.audit.AuditAction;
import atlas.core.clinic.ClinicDetails;
import atlas.core.clinic.ClinicLogo;
import atlas.core.clinic.ClinicService;
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
                logo == null ? ClinicLogo.NONE : new ClinicLogo(logo.content()));
    }

    @Override
    public ClinicDetails save(ClinicDetails details) throws StoreException {
        require(Permission.CONFIGURE_CLINIC);
        ValidationException.throwIfAny(details.validate());
        return database.write(em -> {
            String[] values = { details.name().strip(), strip(details.address()), strip(details.phone()),
                    strip(details.recordNumberPattern()) };
            for (int i = 0; i < KEYS.length; i++) {
                ClinicSetting setting = em.find(ClinicSetting.class, KEYS[i]);
                if (setting == null) {
                    em.persist(new ClinicSetting(KEYS[i], values[i]));
                } else {
                    setting.value(values[i]);
                }
            }
            keepLogo(em, details.logo());
            AuditLog.append(em, AuditAction.UPDATE, RECORD_TYPE, null, null, values[0]
                    + (details.logo().isPresent() ? " (logo: " + details.logo().size() + " bytes)" : " (no logo)"));
            return new ClinicDetails(values[0], values[1], values[2], values[3], details.logo());
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
