package atlas.store.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import atlas.core.security.Session;
import atlas.core.security.UserAccount;

/** The session of the one person working at this workstation; the audit trail names that user. */
@Component(service = Session.class)
public class WorkstationSession implements Session {

    private volatile UserAccount user;
    /** The patients whose record this session has opened (and audited); emptied with each sign-in. */
    private final java.util.Set<Long> openedRecords = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public Optional<UserAccount> user() {
        return Optional.ofNullable(user);
    }

    @Override
    public void begin(UserAccount signedIn) {
        openedRecords.clear();
        user = signedIn;
        AuditLog.actor(signedIn.getUsername());
    }

    @Override
    @Deactivate
    public void end() {
        user = null;
        openedRecords.clear();
        AuditLog.actor(null);
    }

    @Override
    public boolean hasOpened(long patientId) {
        return openedRecords.contains(patientId);
    }

    @Override
    public void opened(long patientId) {
        openedRecords.add(patientId);
    }
}
