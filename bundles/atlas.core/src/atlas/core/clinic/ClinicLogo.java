package atlas.core.clinic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;

/**
 * The clinic's logo, printed at the head of its handouts, reports and letters (issue 17, "a clinic's
 * first day"): a PNG or JPEG picture the administrator chose, kept in the clinical database so that
 * every workstation prints the same one. Checked by decoding it, so a damaged file is refused when it
 * is chosen, not when a letter is printed.
 */
public final class ClinicLogo {

    public static final String FIELD = "logo";
    public static final String LABEL = "Logo";
    /** Large enough for a sharp letterhead logo, small enough to travel with every print. */
    public static final int MAX_BYTES = 256 * 1024;
    /** Pixels per side beyond which a "logo" is a photograph, not a letterhead. */
    public static final int MAX_SIDE = 4000;

    public static final ClinicLogo NONE = new ClinicLogo(new byte[0]);

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

    private final byte[] picture;
    /** The picture as decoded, once: a dialog checks it at every keystroke of every field. */
    private volatile Decoded decoded;

    /** What decoding the picture found: readable or not, and its size in pixels. */
    private record Decoded(boolean readable, int width, int height) {
    }

    public ClinicLogo(byte[] picture) {
        this.picture = picture == null ? new byte[0] : picture.clone();
    }

    public boolean isPresent() {
        return picture.length > 0;
    }

    /** The picture's bytes (a copy); empty when the clinic has no logo. */
    public byte[] picture() {
        return picture.clone();
    }

    public int size() {
        return picture.length;
    }

    /** Nothing when there is no logo or it is a readable PNG or JPEG within the limits; else what is wrong. */
    public List<FieldError> check() {
        FieldRules rules = new FieldRules();
        if (!isPresent()) {
            return rules.errors();
        }
        if (picture.length > MAX_BYTES) {
            return rules.add(FIELD, LABEL, "logo.tooLarge", (picture.length + 1023) / 1024, MAX_BYTES / 1024).errors();
        }
        if (!startsWith(PNG) && !startsWith(JPEG)) {
            return rules.add(FIELD, LABEL, "logo.notAPicture").errors();
        }
        Decoded found = decoded();
        if (!found.readable()) {
            rules.add(FIELD, LABEL, "logo.damaged");
        } else if (found.width() > MAX_SIDE || found.height() > MAX_SIDE) {
            rules.add(FIELD, LABEL, "logo.tooWide", found.width(), found.height(), MAX_SIDE);
        }
        return rules.errors();
    }

    private Decoded decoded() {
        Decoded known = decoded;
        if (known == null) {
            try {
                java.awt.image.BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture));
                known = image == null ? new Decoded(false, 0, 0) : new Decoded(true, image.getWidth(), image.getHeight());
            } catch (IOException | RuntimeException damaged) {
                // a truncated or corrupted file: the decoder gives up part-way
                known = new Decoded(false, 0, 0);
            }
            decoded = known;
        }
        return known;
    }

    private boolean startsWith(byte[] signature) {
        return picture.length >= signature.length
                && Arrays.equals(picture, 0, signature.length, signature, 0, signature.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClinicLogo logo && Arrays.equals(picture, logo.picture);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(picture);
    }

    @Override
    public String toString() {
        return isPresent() ? "ClinicLogo[" + picture.length + " bytes]" : "ClinicLogo[none]";
    }
}
