package atlas.store.internal.records;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the clinic's settings ("clinic.name" ...), shared by every workstation of the database. */
@Entity
@Table(name = "CLINIC_SETTING")
@Cacheable(false) // another workstation may change it
public class ClinicSetting {

    @Id
    @Column(name = "NAME", length = 40)
    private String name;

    @Column(name = "SETTING_VALUE", length = 400)
    private String value;

    /** A picture (the clinic's logo), for the settings that are not text. */
    @jakarta.persistence.Lob
    @Column(name = "SETTING_CONTENT")
    private byte[] content;

    protected ClinicSetting() {
    }

    ClinicSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String value() {
        return value;
    }

    void value(String changed) {
        value = changed;
    }

    byte[] content() {
        return content;
    }

    void content(byte[] changed) {
        content = changed;
    }
}
