package atlas.core.referrer;

import java.util.List;

import atlas.api.validation.FieldError;
import atlas.core.patient.ContactDetails;
import atlas.core.validation.FieldRules;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A clinician who refers patients to the clinic - a GP, neurologist, dentist (issue 18): kept in
 * the clinic's directory by the front desk, chosen when a patient is registered or an episode's
 * referral is typed, and the addressee of the letters back (FHIR R4 Practitioner).
 */
@Entity
@Table(name = "REFERRER")
public class Referrer {

    public static final int NAME_MAX = 120;
    public static final int SPECIALTY_MAX = 80;
    public static final int PRACTICE_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referrerIds")
    @SequenceGenerator(name = "referrerIds", sequenceName = "REFERRER_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    /** As it heads a letter: "Dr. med. Anna Brunner". */
    @Column(name = "NAME", length = NAME_MAX, nullable = false)
    private String name;

    @Column(name = "SPECIALTY", length = SPECIALTY_MAX)
    private String specialty;

    @Column(name = "PRACTICE", length = PRACTICE_MAX)
    private String practice;

    /** Where letters go and how the practice is reached. */
    @Embedded
    private ContactDetails contact = new ContactDetails();

    protected Referrer() {
    }

    public Referrer(String name, String specialty, String practice) {
        this.name = name;
        this.specialty = specialty;
        this.practice = practice;
    }

    public List<FieldError> validate() {
        FieldRules rules = new FieldRules()
                .requiredText("name", "Name", name, NAME_MAX)
                .optionalText("specialty", "Specialty", specialty, SPECIALTY_MAX)
                .optionalText("practice", "Practice", practice, PRACTICE_MAX);
        getContact().check(rules);
        return rules.errors();
    }

    /**
     * How the referrer is offered and kept on an episode's referral: "Dr. med. Anna Brunner
     * (Neurology, Praxis am See)" - name, then what there is of specialty and practice.
     */
    public String shown() {
        String more = String.join(", ", java.util.stream.Stream.of(specialty, practice)
                .filter(part -> part != null && !part.isBlank()).toList());
        return more.isEmpty() ? name : name + " (" + more + ")";
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public String getPractice() {
        return practice;
    }

    public void setPractice(String practice) {
        this.practice = practice;
    }

    /** Never null: a referrer read with no contact details has empty ones. */
    public ContactDetails getContact() {
        if (contact == null) {
            contact = new ContactDetails();
        }
        return contact;
    }

    public void setContact(ContactDetails contact) {
        this.contact = contact == null ? new ContactDetails() : contact;
    }
}
