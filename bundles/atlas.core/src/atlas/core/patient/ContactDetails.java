package atlas.core.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How the clinic reaches a patient or a referrer. Every part is optional. */
@Embeddable
public class ContactDetails {

    public static final int PHONE_MAX = 40;
    public static final int EMAIL_MAX = 120;
    public static final int ADDRESS_MAX = 200;

    @Column(name = "PHONE", length = PHONE_MAX)
    private String phone;

    @Column(name = "EMAIL", length = EMAIL_MAX)
    private String email;

    @Column(name = "ADDRESS", length = ADDRESS_MAX)
    private String address;

    private static final java.util.regex.Pattern EMAIL_FORMAT = java.util.regex.Pattern
            .compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Adds the errors of these details to {@code rules}: lengths, and an e-mail address's form. */
    public void check(atlas.core.validation.FieldRules rules) {
        rules.optionalText("phone", "Phone", phone, PHONE_MAX)
                .optionalText("email", "E-mail", email, EMAIL_MAX)
                .pattern("email", "E-mail", email, EMAIL_FORMAT, "allowed.email")
                .optionalText("address", "Address", address, ADDRESS_MAX);
    }

    public ContactDetails() {
    }

    public ContactDetails(String phone, String email, String address) {
        this.phone = phone;
        this.email = email;
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
