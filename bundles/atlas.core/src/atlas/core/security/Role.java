package atlas.core.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The three roles of a clinic (issue "Security and data protection"): the administrator keeps
 * users, backups, the audit trail and patients' data requests, and finds patients, but reads no
 * clinical record; the therapist keeps the clinical record; the front desk registers patients and
 * books visits only - no notes, forms, plans or charts. Need to know, as HIPAA's minimum-necessary standard and GDPR art. 5(1)(c) ask.
 */
public enum Role {
    ADMINISTRATOR(EnumSet.of(Permission.MANAGE_USERS, Permission.BACK_UP, Permission.READ_AUDIT,
            Permission.PATIENT_RIGHTS, Permission.DEMOGRAPHICS, Permission.CONFIGURE_CLINIC,
            Permission.MANAGE_PLUGINS)),
    THERAPIST(EnumSet.of(Permission.DEMOGRAPHICS, Permission.VISITS, Permission.CLINICAL_READ,
            Permission.CLINICAL_WRITE, Permission.SIGN, Permission.PATIENT_RIGHTS, Permission.EXPORT_RECORD)),
    FRONT_DESK(EnumSet.of(Permission.DEMOGRAPHICS, Permission.VISITS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }
}
