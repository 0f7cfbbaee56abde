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

    @Override
    public Optional<UserAccount> user() {
        return Optional.ofNullable(user);
    }

    @Override
    public void begin(UserAccount signedIn) {
        user = signedIn;
        AuditLog.actor(signedIn.getUsername());
    }

    @Override
    @Deactivate
    public void end() {
        user = null;
        AuditLog.actor(null);
    }
}
