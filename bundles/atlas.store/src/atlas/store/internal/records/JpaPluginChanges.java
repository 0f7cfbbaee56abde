package atlas.store.internal.records;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.audit.AuditAction;
import atlas.core.security.Permission;
import atlas.core.security.PluginChanges;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.store.internal.audit.AuditLog;

/** Who may change the clinic's plugins, and the audit trail's entry of each change (issue 21). */
@Component(service = PluginChanges.class)
public class JpaPluginChanges extends RecordService implements PluginChanges {

    static final String RECORD_TYPE = "ClinicPlugin";

    @Activate
    public JpaPluginChanges(@Reference(name = "database") ClinicalDatabase database,
            @Reference(name = "session") Session session) {
        super(database, session);
    }

    @Override
    public void requireAllowed() throws StoreException {
        require(Permission.MANAGE_PLUGINS);
    }

    @Override
    public void record(String what) throws StoreException {
        require(Permission.MANAGE_PLUGINS);
        database.write(em -> AuditLog.append(em, AuditAction.PLUGIN, RECORD_TYPE, null, null, what));
    }
}
