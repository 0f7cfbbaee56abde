package atlas.core.patient;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person registered at the clinic. The clinic record number is the identifier therapists use
 * and is unique. Column sizes here are the ones the schema migration creates.
 */
@Entity
@Table(name = "PATIENT")
public class Patient {

    public static final int RECORD_NUMBER_MAX = 20;
    public static final int NAME_MAX = 80;
    public static final int REFERRER_MAX = 120;
    public static final int CONSENT_NOTES_MAX = 1000;
    public static final int INSURANCE_NAME_MAX = 120;
    public static final int INSURANCE_NUMBER_MAX = 40;
    public static final int EMERGENCY_NAME_MAX = 120;
    /** Upper-case letters, digits and dashes, as printed on the clinic's files: "P-2026-0001". */
    public static final Pattern RECORD_NUMBER_FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");
    /** Insurers' numbers: letters, digits and the separators they print (Swiss 80756..., German A123456789). */
    static final Pattern INSURANCE_NUMBER_FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./-]*");
    /** Earliest date of birth accepted; anything before is a typing error. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patientIds")
    // allocationSize matches INCREMENT BY of PATIENT_SEQ in the migration.
    @SequenceGenerator(name = "patientIds", sequenceName = "PATIENT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    /** Optimistic lock: a second workstation saving a stale copy gets a conflict, not a lost update. */
    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "RECORD_NUMBER", length = RECORD_NUMBER_MAX, nullable = false, unique = true)
    private String recordNumber;

    @Column(name = "FAMILY_NAME", length = NAME_MAX, nullable = false)
    private String familyName;

    @Column(name = "GIVEN_NAME", length = NAME_MAX, nullable = false)
    private String givenName;

    /** Search keys (see {@link PatientQuery#nameKey}), kept in step by the name setters. */
    @Column(name = "FAMILY_NAME_KEY", length = NAME_MAX, nullable = false)
    private String familyNameKey;

    @Column(name = "GIVEN_NAME_KEY", length = NAME_MAX, nullable = false)
    private String givenNameKey;

    @Column(name = "DATE_OF_BIRTH", nullable = false)
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "SEX", length = 10, nullable = false)
    private Sex sex = Sex.UNKNOWN;

    @Embedded
    private ContactDetails contact = new ContactDetails();

    /** Referring physician or GP, as written on the referral. */
    @Column(name = "REFERRER", length = REFERRER_MAX)
    private String referrer;

    @Column(name = "CONSENT_NOTES", length = CONSENT_NOTES_MAX)
    private String consentNotes;

    /** The health insurer and the patient's number there, for invoices and referral counting. */
    @Column(name = "INSURANCE_NAME", length = INSURANCE_NAME_MAX)
    private String insuranceName;

    @Column(name = "INSURANCE_NUMBER", length = INSURANCE_NUMBER_MAX)
    private String insuranceNumber;

    /** Whom the clinic calls when the patient cannot answer (a fall, a vasovagal reaction in treatment). */
    @Column(name = "EMERGENCY_NAME", length = EMERGENCY_NAME_MAX)
    private String emergencyName;

    @Column(name = "EMERGENCY_PHONE", length = ContactDetails.PHONE_MAX)
    private String emergencyPhone;

    /** Optional further identifiers (insurance, national health number ...), in entry order. */
    @ElementCollection
    @CollectionTable(name = "PATIENT_IDENTIFIER", joinColumns = @JoinColumn(name = "PATIENT_ID"))
    @OrderColumn(name = "POSITION")
    private List<PatientIdentifier> identifiers = new ArrayList<>();

    public Patient() {
    }

    public Patient(String recordNumber, String familyName, String givenName, LocalDate dateOfBirth, Sex sex) {
        this.recordNumber = recordNumber;
        setFamilyName(familyName);
        setGivenName(givenName);
        this.dateOfBirth = dateOfBirth;
        this.sex = sex;
    }

    /**
     * The errors that keep this patient from being saved, checked against {@code today} so that a
     * date of birth in the future is refused. Empty when the patient may be saved.
     */
    public List<FieldError> validate(LocalDate today) {
        FieldRules rules = new FieldRules()
                .requiredText("recordNumber", "Record number", recordNumber, RECORD_NUMBER_MAX)
                .pattern("recordNumber", "Record number", recordNumber, RECORD_NUMBER_FORMAT,
                        "allowed.recordNumber")
                .requiredText("familyName", "Family name", familyName, NAME_MAX)
                .requiredText("givenName", "Given name", givenName, NAME_MAX)
                .dateBetween("dateOfBirth", "Date of birth", dateOfBirth, EARLIEST_BIRTH_DATE, today)
                .required("sex", "Sex", sex, "allowed.sex")
                .optionalText("referrer", "Referrer", referrer, REFERRER_MAX)
                .optionalText("consentNotes", "Consent notes", consentNotes, CONSENT_NOTES_MAX)
                .optionalText("insuranceName", "Insurance", insuranceName, INSURANCE_NAME_MAX)
                .optionalText("insuranceNumber", "Insurance number", insuranceNumber, INSURANCE_NUMBER_MAX)
                .pattern("insuranceNumber", "Insurance number", insuranceNumber, INSURANCE_NUMBER_FORMAT,
                        "allowed.insuranceNumber")
                .optionalText("emergencyName", "Emergency contact", emergencyName, EMERGENCY_NAME_MAX)
                .optionalText("emergencyPhone", "Emergency phone", emergencyPhone, ContactDetails.PHONE_MAX);
        if (contact != null) {
            contact.check(rules);
        }
        for (int i = 0; i < identifiers.size(); i++) {
            identifiers.get(i).check(rules, i + 1);
        }
        return rules.errors();
    }

    /** Age in whole years on the given day. */
    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** "Family, Given", the order of the clinic's lists. */
    public String displayName() {
        return familyName + ", " + givenName;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getRecordNumber() {
        return recordNumber;
    }

    public void setRecordNumber(String recordNumber) {
        this.recordNumber = recordNumber;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
        this.familyNameKey = PatientQuery.nameKey(familyName);
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
        this.givenNameKey = PatientQuery.nameKey(givenName);
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public ContactDetails getContact() {
        return contact;
    }

    public void setContact(ContactDetails contact) {
        this.contact = contact;
    }

    public String getInsuranceName() {
        return insuranceName;
    }

    public void setInsuranceName(String insuranceName) {
        this.insuranceName = insuranceName;
    }

    public String getInsuranceNumber() {
        return insuranceNumber;
    }

    public void setInsuranceNumber(String insuranceNumber) {
        this.insuranceNumber = insuranceNumber;
    }

    public String getEmergencyName() {
        return emergencyName;
    }

    public void setEmergencyName(String emergencyName) {
        this.emergencyName = emergencyName;
    }

    public String getEmergencyPhone() {
        return emergencyPhone;
    }

    public void setEmergencyPhone(String emergencyPhone) {
        this.emergencyPhone = emergencyPhone;
    }

    public String getReferrer() {
        return referrer;
    }

    public void setReferrer(String referrer) {
        this.referrer = referrer;
    }

    public List<PatientIdentifier> getIdentifiers() {
        return identifiers;
    }

    public String getConsentNotes() {
        return consentNotes;
    }

    public void setConsentNotes(String consentNotes) {
        this.consentNotes = consentNotes;
    }

    @Override
    public String toString() {
        return "Patient " + recordNumber;
    }
}
