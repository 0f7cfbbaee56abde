package atlas.core.security;

import java.time.Instant;
import java.util.List;

import atlas.core.clinician.Clinician;
import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who signs in to Atlas: user name, role, the password's Argon2id hash (with its own salt,
 * in the PHC string format), and the count of wrong passwords in a row that throttles guessing.
 * A therapist's account names the clinician records are signed as.
 */
@Entity
@Table(name = "USER_ACCOUNT")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "userIds")
    @SequenceGenerator(name = "userIds", sequenceName = "USER_ACCOUNT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "USERNAME", length = 40, nullable = false, unique = true)
    private String username;

    @Column(name = "DISPLAY_NAME", length = 120, nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE", length = 20, nullable = false)
    private Role role;

    @Column(name = "PASSWORD_HASH", length = 200, nullable = false)
    private String passwordHash;

    @Column(name = "FAILED_ATTEMPTS", nullable = false)
    private int failedAttempts;

    /** Milliseconds since the epoch (UTC), as every instant of the record model is stored. */
    @Column(name = "LOCKED_UNTIL")
    private Long lockedUntilMillis;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @Column(name = "CLINICIAN_ID")
    private Long clinicianId;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
    }

    public List<FieldError> validate() {
        return new FieldRules()
                .requiredText("username", "User name", username, 40)
                .pattern("username", "User name", username, Clinician.USERNAME_FORMAT, "allowed.username")
                .requiredText("displayName", "Name", displayName, 120)
                .required("role", "Role", role, "allowed.role")
                .required("passwordHash", "Password", passwordHash, "allowed.password")
                .errors();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public void setFailedAttempts(int failedAttempts) {
        this.failedAttempts = failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntilMillis == null ? null : Instant.ofEpochMilli(lockedUntilMillis);
    }

    public void setLockedUntil(Instant lockedUntil) {
        this.lockedUntilMillis = lockedUntil == null ? null : lockedUntil.toEpochMilli();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getClinicianId() {
        return clinicianId;
    }

    public void setClinicianId(Long clinicianId) {
        this.clinicianId = clinicianId;
    }

    public boolean may(Permission permission) {
        return active && role.allows(permission);
    }
}
