package atlas.app.status;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.custom.CLabel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.dates.ClinicDates;
import atlas.ui.AtlasContext;
import atlas.ui.InBackground;
import atlas.app.Messages;
import atlas.core.clinician.Clinician;
import atlas.core.security.Role;
import atlas.core.security.UserAccount;
import atlas.core.store.BackupService;
import atlas.core.store.WorkstationSettings;
import atlas.core.store.BackupStatus;
import atlas.core.store.ClinicalDatabase;

/** The status line: where this workstation's records are kept. */
public class DatabaseStatusLine {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStatusLine.class);

    @Inject
    @Service
    private ClinicalDatabase database;

    @Inject
    @Optional
    @Service
    private BackupService backups;

    @Inject
    @Service
    private WorkstationSettings settings;

    /** How often the backup warning is looked at again (a day's backup may have run meanwhile). */
    private static final int RECHECK_MS = 60_000;

    private CLabel label;
    private boolean ready;
    private Clinician clinician;
    private UserAccount user;
    /** Readings of the line started so far: a slower, older one is not shown over a newer one. */
    private long shows;

    @PostConstruct
    void create(Composite parent) {
        // The trim bar lays out its direct children by their preferred size.
        label = new CLabel(parent, SWT.NONE);
        label.setMargins(8, 3, 8, 3);
        label.setData(AtlasContext.WIDGET_ID, "status.database");
        show();
        // The trim bar is laid out once the whole window exists; show again after that so the
        // line gets its height even before the database is open.
        label.getDisplay().asyncExec(this::show);
        recheck();
    }

    private void recheck() {
        label.getDisplay().timerExec(RECHECK_MS, () -> {
            if (!label.isDisposed()) {
                show();
                recheck();
            }
        });
    }

    /**
     * The warning when the newest verified backup is older than the backup plan allows (or there
     * is none yet), on the embedded database; empty otherwise.
     */
    private String backupWarning(boolean ready, UserAccount user) {
        if (backups == null || !ready || user == null) {
            return "";
        }
        try {
            if (database.atRest() == atlas.core.store.AtRest.SERVER) {
                return "";
            }
        } catch (atlas.core.store.StoreException unreadable) {
            return "";
        }
        BackupStatus status = backups.status();
        if (!status.overdue()) {
            return "";
        }
        // the administrator is pointed to the plan; everyone else to the administrator
        boolean plans = user.may(atlas.core.security.Permission.BACK_UP);
        return "   \u00b7   \u26a0 " + (status.lastVerified() == null
                ? (plans ? Messages.status_noBackup : Messages.status_noBackupTell)
                : NLS.bind(plans ? Messages.status_oldBackup : Messages.status_oldBackupTell, ClinicDates.forPlatform()
                        .date(LocalDate.ofInstant(status.lastVerified(), ZoneId.systemDefault()))));
    }

    // @Optional on the parameter, not the method: an optional method is not called when the value
    // is removed from the context, and sign-out removes it (the line must then say nobody is in)
    @Inject
    void clinician(@Optional @Named(AtlasContext.CLINICIAN) Clinician documenting) {
        clinician = documenting;
        show();
    }

    @Inject
    void user(@Optional @Named(AtlasContext.USER) UserAccount signedIn) {
        user = signedIn;
        show();
    }

    static String roleName(Role role) {
        return switch (role) {
        case ADMINISTRATOR -> Messages.role_ADMINISTRATOR;
        case THERAPIST -> Messages.role_THERAPIST;
        case FRONT_DESK -> Messages.role_FRONT_DESK;
        };
    }

    @Inject
    @Optional
    void databaseReady(@Named(AtlasContext.DATABASE_READY) Boolean isReady) {
        ready = Boolean.TRUE.equals(isReady);
        show();
    }

    /** ", encrypted", or a warning while no password protects the key yet or the file is not encrypted. */
    private String atRest() {
        try {
            return switch (database.atRest()) {
            case ENCRYPTED -> Messages.status_encrypted;
            case KEY_NOT_PROTECTED -> Messages.status_keyNotProtected;
            case NOT_ENCRYPTED -> Messages.status_notEncrypted;
            case SERVER -> "";
            };
        } catch (atlas.core.store.StoreException unreadable) {
            return "";
        }
    }

    /**
     * Shows the line again. How the records are kept and whether a backup is overdue are read from
     * the store (the key file, the backup status) in the background; only the newest reading is shown.
     */
    private void show() {
        if (label == null || label.isDisposed()) {
            return;
        }
        long thisShow = ++shows;
        boolean readyNow = ready;
        UserAccount userNow = user;
        InBackground.run(label, "Atlas status line", () -> new String[] { where(readyNow),
                backupWarning(readyNow, userNow) }, read -> {
                    if (thisShow == shows) {
                        paint(read[0], read[1]);
                    }
                }, e -> LOG.warn("Status line not read: {}", e.getMessage(), e));
    }

    /**
     * Where the records are, in a clinician's words ("Records: this computer, encrypted"); the file
     * or server and the database kind are in the tooltip.
     */
    private String where(boolean ready) {
        String place = settings.onServer() ? Messages.status_server : Messages.status_thisComputer;
        return ready ? NLS.bind(Messages.status_database, place) + atRest()
                : NLS.bind(database.needsKey() ? Messages.status_locked : Messages.status_opening, place);
    }

    private void paint(String where, String warning) {
        String who = user != null ? NLS.bind(Messages.status_user, user.getDisplayName(), roleName(user.getRole()))
                : clinician != null ? NLS.bind(Messages.status_clinician, clinician.getDisplayName())
                        : Messages.status_nobody;
        label.setText(where + "   \u00b7   " + who + warning);
        label.setForeground(warning.isEmpty() ? null : label.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        label.setToolTipText(NLS.bind(Messages.status_detail, database.kind(), database.location()));
        label.requestLayout();
    }
}
