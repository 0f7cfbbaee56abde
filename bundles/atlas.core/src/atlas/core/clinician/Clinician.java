package atlas.core.clinician;

import java.util.List;
import java.util.regex.Pattern;

import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A user of the workstation who documents care: therapist, assistant or front desk. Login and
 * roles come with the security work; here a clinician is who signs and who is audited.
 */
@Entity
@Table(name = "CLINICIAN")
public class Clinician {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clinicianIds")
    @SequenceGenerator(name = "clinicianIds", sequenceName = "CLINICIAN_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "USERNAME", length = 40, nullable = false, unique = true)
    private String username;

    /** "Anna Keller, PT": how notes show the author. */
    @Column(name = "DISPLAY_NAME", length = 120, nullable = false)
    private String displayName;

    @Column(name = "PROFESSION", length = 80)
    private String profession;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    protected Clinician() {
    }

    public Clinician(String username, String displayName, String profession) {
        this.username = username;
        this.displayName = displayName;
        this.profession = profession;
    }

    public static final Pattern USERNAME_FORMAT = Pattern.compile("[a-z][a-z0-9._-]{1,39}");

    public List<FieldError> validate() {
        return new FieldRules()
                .requiredText("username", "User name", username, 40)
                .pattern("username", "User name", username, USERNAME_FORMAT,
                        "allowed.username")
                .requiredText("displayName", "Name", displayName, 120)
                .optionalText("profession", "Profession", profession, 80)
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

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
