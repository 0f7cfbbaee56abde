package atlas.store.internal.records;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.referrer.Referrer;
import atlas.core.referrer.ReferrerService;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;

/**
 * The directory of referring clinicians on the clinical database: read by whoever books visits or
 * keeps demographics, kept by the front desk (demographics). A referrer is nobody's patient record:
 * the audit entries have no patient.
 */
@Component(service = ReferrerService.class)
public class JpaReferrerService extends RecordService implements ReferrerService {

    @Activate
    public JpaReferrerService(@Reference(name = "database") ClinicalDatabase database,
            @Reference(name = "session") Session session) {
        super(database, session);
    }

    @Override
    public List<Referrer> list() throws StoreException {
        require(Permission.VISITS);
        return database.read(em -> em.createQuery("SELECT r FROM Referrer r ORDER BY r.name, r.id", Referrer.class)
                .getResultList());
    }

    @Override
    public Referrer save(Referrer referrer) throws StoreException {
        require(Permission.DEMOGRAPHICS);
        return database.write(em -> referrer.getId() == null
                ? Records.create(em, referrer, referrer.validate(), "Referrer", Referrer::getId, 0L, referrer.shown())
                : Records.update(em, referrer, referrer.validate(), "Referrer", Referrer::getId, 0L,
                        "The referrer " + referrer.getName(), referrer.shown()));
    }
}
