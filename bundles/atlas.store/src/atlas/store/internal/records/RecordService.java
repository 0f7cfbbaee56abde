package atlas.store.internal.records;

import java.util.Objects;

import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.store.internal.EntityManagers;
import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.access.Permissions;

/**
 * What every record service stands on: the database's unit of work and the session whose user
 * each call is checked against. Both come through the service's constructor - from DS (each
 * subclass has one {@code @Activate} constructor with two mandatory references; DS annotations
 * are not inherited, so the references are declared there and not here) or from a tool or test
 * that opens a database itself. A service without a session cannot be built.
 */
abstract class RecordService {

    /** The unit of work behind the database service (it is no OSGi service of its own). */
    protected final EntityManagers database;

    /** Who works now: the signed-in user, or a named system task on this thread. */
    protected final Session session;

    RecordService(ClinicalDatabase database, Session session) {
        this.database = JpaClinicalDatabase.unitOfWork(Objects.requireNonNull(database, "database"));
        this.session = Objects.requireNonNull(session, "a service works only in a session");
    }

    /** The check every guarded call makes first (see Permissions): refused and audited if not allowed. */
    final void require(Permission permission) throws StoreException {
        Permissions.require(database, session, permission);
    }
}
