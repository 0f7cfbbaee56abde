package atlas.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

import atlas.api.validation.FieldError;
import atlas.core.patient.ContactDetails;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientIdentifier;
import atlas.core.patient.Sex;
import atlas.core.validation.Wording;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * A patient's details as an HL7 FHIR R4 Patient and back: the record number as an identifier of
 * Atlas's own system, further identifiers by their type's text (Atlas keeps free-text systems
 * such as "insurance:AOK"), the insurance number as a member number (HL7 v2 table 0203 "MB")
 * assigned by the insurer, name, birth date, administrative gender (the same four values as
 * {@link Sex}), phone and e-mail, the address as text, and whom to call in an emergency as a
 * contact of relationship "C" (HL7 v2 table 0131).
 */
public final class FhirPatients {

    /** The system of Atlas's record numbers (a URN: a clinic has no URL of its own to name them by). */
    public static final String RECORD_NUMBER_SYSTEM = "urn:atlas:fhir:sid:record-number";
    static final String IDENTIFIER_TYPES = "http://terminology.hl7.org/CodeSystem/v2-0203";
    static final String CONTACT_ROLES = "http://terminology.hl7.org/CodeSystem/v2-0131";
    private static final Map<Sex, AdministrativeGender> GENDERS = Map.of(Sex.FEMALE, AdministrativeGender.FEMALE,
            Sex.MALE, AdministrativeGender.MALE, Sex.OTHER, AdministrativeGender.OTHER, Sex.UNKNOWN,
            AdministrativeGender.UNKNOWN);

    /** A patient read from FHIR, with what keeps it from being registered (empty when it may be). */
    public record Read(Patient patient, List<FieldError> problems) {
    }

    private FhirPatients() {
    }

    public static org.hl7.fhir.r4.model.Patient toFhir(Patient patient) {
        org.hl7.fhir.r4.model.Patient resource = new org.hl7.fhir.r4.model.Patient();
        resource.addIdentifier().setUse(Identifier.IdentifierUse.USUAL).setSystem(RECORD_NUMBER_SYSTEM)
                .setValue(patient.getRecordNumber());
        for (PatientIdentifier other : patient.getIdentifiers()) {
            resource.addIdentifier().setType(new CodeableConcept().setText(other.getSystem())).setValue(other.getValue());
        }
        if (patient.getInsuranceNumber() != null) {
            Identifier member = resource.addIdentifier().setValue(patient.getInsuranceNumber());
            member.getType().addCoding().setSystem(IDENTIFIER_TYPES).setCode("MB").setDisplay("Member Number");
            if (patient.getInsuranceName() != null) {
                member.setAssigner(new Reference().setDisplay(patient.getInsuranceName()));
            }
        }
        resource.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(patient.getFamilyName())
                .addGiven(patient.getGivenName());
        resource.setBirthDateElement(new DateType(patient.getDateOfBirth().toString())); // a day, no time zone
        resource.setGender(GENDERS.get(patient.getSex()));
        // a stored patient without any contact detail has none at all (JPA reads an empty embeddable as null)
        ContactDetails contact = patient.getContact() == null ? new ContactDetails() : patient.getContact();
        if (contact.getPhone() != null) {
            resource.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(contact.getPhone());
        }
        if (contact.getEmail() != null) {
            resource.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(contact.getEmail());
        }
        if (contact.getAddress() != null) {
            resource.addAddress(new Address().setText(contact.getAddress()));
        }
        if (patient.getEmergencyName() != null || patient.getEmergencyPhone() != null) {
            org.hl7.fhir.r4.model.Patient.ContactComponent emergency = resource.addContact();
            emergency.addRelationship().addCoding().setSystem(CONTACT_ROLES).setCode("C").setDisplay(
                    "Emergency Contact");
            if (patient.getEmergencyName() != null) {
                emergency.setName(new HumanName().setText(patient.getEmergencyName()));
            }
            if (patient.getEmergencyPhone() != null) {
                emergency.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(
                        patient.getEmergencyPhone());
            }
        }
        return resource;
    }

    /**
     * The patient {@code resource} describes, checked by the register's rules as of {@code today};
     * without an Atlas record number the number is left empty, for the clinic's pattern to give.
     */
    public static Read fromFhir(org.hl7.fhir.r4.model.Patient resource, LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        HumanName name = resource.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(resource.getNameFirstRep());
        Patient patient = new Patient(null, name.getFamily(), name.getGivenAsSingleString().isBlank() ? null
                : name.getGiven().get(0).getValue(), null, Sex.UNKNOWN);
        if (resource.hasBirthDate() && resource.getBirthDateElement().getPrecision() == TemporalPrecisionEnum.DAY) {
            patient.setDateOfBirth(LocalDate.parse(resource.getBirthDateElement().getValueAsString()));
        } else if (resource.hasBirthDate()) {
            problems.add(new FieldError("dateOfBirth", Wording.label("dateOfBirth", "Date of birth"),
                    Wording.of("fhir.partialBirthDate", resource.getBirthDateElement().getValueAsString())));
        } else {
            problems.add(new FieldError("dateOfBirth", Wording.label("dateOfBirth", "Date of birth"),
                    Wording.of("fhir.noBirthDate")));
        }
        if (resource.hasGender()) {
            GENDERS.forEach((sex, gender) -> {
                if (gender == resource.getGender()) {
                    patient.setSex(sex);
                }
            });
        }
        for (Identifier identifier : resource.getIdentifier()) {
            if (RECORD_NUMBER_SYSTEM.equals(identifier.getSystem())) {
                patient.setRecordNumber(identifier.getValue());
            } else if (identifier.getType().hasCoding(IDENTIFIER_TYPES, "MB")) {
                patient.setInsuranceNumber(identifier.getValue());
                patient.setInsuranceName(identifier.getAssigner().getDisplay());
            } else if (identifier.hasValue()) {
                String system = identifier.getType().hasText() ? identifier.getType().getText() : identifier.getSystem();
                patient.getIdentifiers().add(new PatientIdentifier(system, identifier.getValue()));
            }
        }
        String phone = telecom(resource.getTelecom(), ContactPoint.ContactPointSystem.PHONE);
        String email = telecom(resource.getTelecom(), ContactPoint.ContactPointSystem.EMAIL);
        String address = resource.hasAddress() ? text(resource.getAddressFirstRep()) : null;
        if (phone != null || email != null || address != null) {
            patient.setContact(new ContactDetails(phone, email, address));
        }
        resource.getContact().stream().filter(contact -> contact.getRelationship().stream()
                .anyMatch(role -> role.hasCoding(CONTACT_ROLES, "C"))).findFirst().ifPresent(emergency -> {
                    patient.setEmergencyName(emergency.hasName() ? emergency.getName().getNameAsSingleString() : null);
                    patient.setEmergencyPhone(telecom(emergency.getTelecom(), ContactPoint.ContactPointSystem.PHONE));
                });
        boolean numbered = patient.getRecordNumber() != null;
        patient.validate(today).stream().filter(error -> numbered || !error.field().equals("recordNumber"))
                .filter(error -> problems.stream().noneMatch(p -> p.field().equals(error.field())))
                .forEach(problems::add);
        return new Read(patient, problems);
    }

    private static String telecom(List<ContactPoint> points, ContactPoint.ContactPointSystem system) {
        return points.stream().filter(point -> point.getSystem() == system && point.hasValue()).map(
                ContactPoint::getValue).findFirst().orElse(null);
    }

    /** The address as text, or its lines, postal code and city when another system sent it in parts. */
    private static String text(Address address) {
        if (address.hasText()) {
            return address.getText();
        }
        List<String> lines = new ArrayList<>(address.getLine().stream().map(StringType::getValue).toList());
        String city = String.join(" ", java.util.stream.Stream.of(address.getPostalCode(), address.getCity())
                .filter(part -> part != null && !part.isBlank()).toList());
        if (!city.isEmpty()) {
            lines.add(city);
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
