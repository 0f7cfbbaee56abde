package atlas.core.clinic;

import java.util.List;

import atlas.api.validation.FieldError;
import atlas.core.episode.OpeningHours;
import atlas.core.patient.RecordNumberPattern;
import atlas.core.validation.FieldRules;

/**
 * The clinic as its patients know it, printed on every handout so a patient knows whom to call:
 * name, address and phone (Administration > Clinic Details) and its logo at the head of every print;
 * and the pattern its new record numbers follow, if it numbers them (empty: every number is typed by
 * hand); and its opening hours, drawn by the week calendar and kept by a series's proposal.
 */
public record ClinicDetails(String name, String address, String phone, String recordNumberPattern,
        ClinicLogo logo, OpeningHours hours) {

    public static final int NAME_MAX = 120;
    public static final int ADDRESS_MAX = 300;
    public static final int PHONE_MAX = 40;

    public ClinicDetails {
        logo = logo == null ? ClinicLogo.NONE : logo;
        hours = hours == null ? OpeningHours.USUAL : hours;
    }

    public ClinicDetails(String name, String address, String phone, String recordNumberPattern, ClinicLogo logo) {
        this(name, address, phone, recordNumberPattern, logo, OpeningHours.USUAL);
    }

    public ClinicDetails(String name, String address, String phone, String recordNumberPattern) {
        this(name, address, phone, recordNumberPattern, ClinicLogo.NONE);
    }

    public ClinicDetails(String name, String address, String phone) {
        this(name, address, phone, "");
    }

    public static ClinicDetails none() {
        return new ClinicDetails("", "", "");
    }

    /** The pattern new record numbers follow, if the clinic set one. */
    public java.util.Optional<RecordNumberPattern> numbering() {
        return RecordNumberPattern.of(recordNumberPattern);
    }

    public List<FieldError> validate() {
        List<FieldError> errors = new java.util.ArrayList<>(new FieldRules()
                .requiredText("name", "Clinic name", name, NAME_MAX)
                .optionalText("address", "Address", address, ADDRESS_MAX)
                .optionalText("phone", "Phone", phone, PHONE_MAX).errors());
        errors.addAll(RecordNumberPattern.check(recordNumberPattern == null ? null : recordNumberPattern.strip()));
        errors.addAll(logo.check());
        errors.addAll(hours.validate());
        return errors;
    }

    public boolean isEmpty() {
        return (name == null || name.isBlank()) && (address == null || address.isBlank())
                && (phone == null || phone.isBlank());
    }

    /** "Praxis Seeblick · Seestrasse 1, 8000 Zürich · 044 123 45 67", what is set of it. */
    public String oneLine() {
        return String.join("  \u00b7  ", java.util.stream.Stream.of(name, address, phone)
                .filter(part -> part != null && !part.isBlank())
                .map(part -> part.strip().replaceAll("\\s*\\R\\s*", ", ")).toList());
    }
}
