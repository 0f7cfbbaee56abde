package atlas.core.form;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import atlas.api.form.FormItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * What a version of a form asked when the first response to it was stored here: a digest of its
 * questions - their ids, types, ranges, whether required and the choices' stored values, not
 * their wording (which follows the user's language and the clinic's licence). A response keeps
 * only its form's id, version and answers, so a plugin that changes its questions under the same
 * version would have old answers read with new questions; such a form is refused until its vendor
 * raises the version (issue 21).
 */
@Entity
@Table(name = "FORM_VERSION")
public class FormVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "formVersionIds")
    @SequenceGenerator(name = "formVersionIds", sequenceName = "FORM_VERSION_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "FORM_ID", length = 80, nullable = false)
    private String formId;

    @Column(name = "FORM_VERSION", length = 40, nullable = false)
    private String formVersion;

    @Column(name = "ITEMS_DIGEST", length = 64, nullable = false)
    private String itemsDigest;

    @Column(name = "FIRST_USED_AT", nullable = false)
    private long firstUsedAtMillis;

    protected FormVersion() {
    }

    public FormVersion(String formId, String formVersion, List<FormItem> items, Instant firstUsedAt) {
        this.formId = formId;
        this.formVersion = formVersion;
        this.itemsDigest = digest(items);
        this.firstUsedAtMillis = firstUsedAt.toEpochMilli();
    }

    /** Whether {@code items} ask what this version asked when first used. */
    public boolean asks(List<FormItem> items) {
        return itemsDigest.equals(digest(items));
    }

    /** SHA-256 of the questions' shape, in their order; their wording left out. */
    static String digest(List<FormItem> items) {
        StringBuilder shape = new StringBuilder();
        for (FormItem item : items) {
            shape.append(item.id()).append('|').append(item.type()).append('|').append(item.min()).append('|')
                    .append(item.max()).append('|').append(item.required()).append('|');
            item.choices().forEach(choice -> shape.append(choice.value()).append(','));
            shape.append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(shape.toString()
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public String getFormId() {
        return formId;
    }

    public String getFormVersion() {
        return formVersion;
    }

    public Instant firstUsedAt() {
        return Instant.ofEpochMilli(firstUsedAtMillis);
    }
}
