package atlas.core.patient;

/** Administrative sex as recorded at registration (the FHIR R4 AdministrativeGender values). */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
